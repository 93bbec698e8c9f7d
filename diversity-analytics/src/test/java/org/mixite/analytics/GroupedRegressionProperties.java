package org.mixite.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.mixite.analytics.regression.AdjustedGap;
import org.mixite.analytics.regression.Fit;
import org.mixite.analytics.regression.PayRegression;
import org.mixite.analytics.regression.PerPersonRegression;
import org.mixite.analytics.regression.Term;
import org.mixite.spi.model.EmployeeRecord;
import org.mixite.spi.model.ReferencePeriod;

/**
 * issue 20: the regression's passes work per profile (people who share every categorical column)
 * instead of per person. The oracle is the per-person computation the library used before
 * ({@link PerPersonRegression}, checked by {@code PayRegressionTest}'s closed forms): the same
 * kept and dropped columns with the same reasons, the same estimate to rounding.
 */
class GroupedRegressionProperties {

    private static final ReferencePeriod YEAR = ReferencePeriod.calendarYear(2025);
    private static final double CLOSE = 1e-9;

    @Property(tries = 150)
    @Label("issue 20: the per-profile passes give the per-person fit (coefficient, HC1 error, interval, p, R², terms, dropped columns)")
    void sameFitAsPerPerson(@ForAll long seed, @ForAll @IntRange(max = 400) int size, @ForAll("controls") Set<Control> controls) {
        List<EmployeeRecord> records = TableSampleProperties.workforce(seed, size);
        AnalyticsSample sample = AnalyticsSample.of(records, YEAR, controls);
        assertSameFit(PayRegression.fit(sample), PerPersonRegression.fit(sample));
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<Set<Control>> controls() {
        return net.jqwik.api.Arbitraries.subsetOf(EnumSet.allOf(Control.class));
    }

    static void assertSameFit(Fit actual, Fit expected) {
        assertThat(actual.women()).isEqualTo(expected.women());
        assertThat(actual.men()).isEqualTo(expected.men());
        assertClose(actual.meanLogFemale(), expected.meanLogFemale());
        assertClose(actual.meanLogMale(), expected.meanLogMale());
        if (expected.gap() instanceof AdjustedGap.NotComputable nc) {
            assertThat(actual.gap()).isEqualTo(nc);
        } else {
            AdjustedGap.Estimate e = (AdjustedGap.Estimate) expected.gap();
            assertThat(actual.gap()).isInstanceOf(AdjustedGap.Estimate.class);
            AdjustedGap.Estimate a = (AdjustedGap.Estimate) actual.gap();
            assertClose(a.coefficient(), e.coefficient());
            assertClose(a.percent(), e.percent());
            assertClose(a.standardError(), e.standardError());
            assertClose(a.ciLow(), e.ciLow());
            assertClose(a.ciHigh(), e.ciHigh());
            assertClose(a.pValue(), e.pValue());
            assertClose(a.r2(), e.r2());
            assertThat(a.n()).isEqualTo(e.n());
            assertThat(a.parameters()).isEqualTo(e.parameters());
            assertThat(a.controls()).isEqualTo(e.controls());
            assertThat(a.dropped()).isEqualTo(e.dropped());
        }
        assertThat(actual.terms()).hasSameSizeAs(expected.terms());
        for (int t = 0; t < expected.terms().size(); t++) {
            Term a = actual.terms().get(t);
            Term e = expected.terms().get(t);
            assertThat(a.label()).isEqualTo(e.label());
            assertThat(a.control()).isEqualTo(e.control());
            assertClose(a.coefficient(), e.coefficient());
            assertClose(a.meanFemale(), e.meanFemale());
            assertClose(a.meanMale(), e.meanMale());
        }
    }

    /** Equal to rounding: the sums are added in another order. */
    private static void assertClose(double actual, double expected) {
        assertThat(actual).isCloseTo(expected, org.assertj.core.api.Assertions.within(CLOSE * Math.max(1, Math.abs(expected))));
    }
}
