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
    /**
     * Two correct fits that add the same sums in other orders differ by up to about the scaled
     * design's condition number times the rounding unit: 5·10⁻¹⁵ × condition at most over 8,272
     * generated fits. Columns are kept down to a pivot of {@link PayRegression#TOLERANCE}, so
     * the condition can reach 10⁹ (found by CI: 1.8·10⁻⁷ apart at 9.9·10⁸). With a margin of 20,
     * the tolerance is {@code CLOSE} up to a condition of 10⁴ and grows with it past that.
     */
    private static final double PER_CONDITION = 1e-13;

    @Property(tries = 150)
    @Label("issue 20: the per-profile passes give the per-person fit (coefficient, HC1 error, interval, p, R², terms, dropped columns)")
    void sameFitAsPerPerson(@ForAll long seed, @ForAll @IntRange(max = 400) int size, @ForAll("controls") Set<Control> controls) {
        List<EmployeeRecord> records = TableSampleProperties.workforce(seed, size);
        AnalyticsSample sample = AnalyticsSample.of(records, YEAR, controls);
        assertSameFit(PayRegression.fit(sample), PerPersonRegression.fit(sample), closeness(sample));
    }

    @net.jqwik.api.Example
    @Label("issue 20: a nearly collinear design (tenure, fte and age band among 24 people, condition 10⁹) — found by CI, 2026-12-05")
    void nearlyCollinearDesign() {
        AnalyticsSample sample = AnalyticsSample.of(TableSampleProperties.workforce(20, 24), YEAR,
                EnumSet.of(Control.TENURE, Control.FTE, Control.AGE_BAND));
        assertThat(PerPersonRegression.condition(sample)).as("the scaled design's condition").isGreaterThan(1e8);
        assertSameFit(PayRegression.fit(sample), PerPersonRegression.fit(sample), closeness(sample));
    }

    /** {@code CLOSE}, or more for an ill-conditioned design ({@link #PER_CONDITION}). */
    private static double closeness(AnalyticsSample sample) {
        double condition = PerPersonRegression.condition(sample);
        return Double.isNaN(condition) ? CLOSE : Math.max(CLOSE, PER_CONDITION * condition);
    }

    @net.jqwik.api.Example
    @Label("issue 20: an exactly identified gap (one woman among seven, fte and category controls) — found by CI, 2026-12-05")
    void exactlyIdentifiedGap() {
        List<EmployeeRecord> records = TableSampleProperties.workforce(2, 16);
        AnalyticsSample sample = AnalyticsSample.of(records, YEAR, EnumSet.of(Control.FTE, Control.CATEGORY));
        Fit expected = PerPersonRegression.fit(sample);
        assertThat(((AdjustedGap.Estimate) expected.gap()).standardError()).as("the oracle's standard error").isZero();
        assertSameFit(PayRegression.fit(sample), expected, closeness(sample));
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<Set<Control>> controls() {
        return net.jqwik.api.Arbitraries.subsetOf(EnumSet.allOf(Control.class));
    }

    static void assertSameFit(Fit actual, Fit expected, double close) {
        assertThat(actual.women()).isEqualTo(expected.women());
        assertThat(actual.men()).isEqualTo(expected.men());
        assertClose(actual.meanLogFemale(), expected.meanLogFemale(), close);
        assertClose(actual.meanLogMale(), expected.meanLogMale(), close);
        if (expected.gap() instanceof AdjustedGap.NotComputable nc) {
            assertThat(actual.gap()).isEqualTo(nc);
        } else {
            AdjustedGap.Estimate e = (AdjustedGap.Estimate) expected.gap();
            assertThat(actual.gap()).isInstanceOf(AdjustedGap.Estimate.class);
            AdjustedGap.Estimate a = (AdjustedGap.Estimate) actual.gap();
            assertClose(a.coefficient(), e.coefficient(), close);
            assertClose(a.percent(), e.percent(), close);
            double zeroVariance = close * Math.max(1, e.coefficient() * e.coefficient());
            if (e.standardError() * e.standardError() <= zeroVariance) {
                // An exactly identified gap (e.g. one woman, of leverage 1): its HC1 variance is 0 in exact arithmetic, and
                // rounding leaves ±1e-13 or so — a negative one is clamped to 0, a positive one kept, and its square root is
                // ~1e-6, in either pass. So both variances must be 0 to rounding; the interval and p, which divide by that
                // root, are not compared.
                assertThat(a.standardError() * a.standardError()).as("variance of the gap").isLessThanOrEqualTo(zeroVariance);
            } else {
                assertClose(a.standardError(), e.standardError(), close);
                assertClose(a.ciLow(), e.ciLow(), close);
                assertClose(a.ciHigh(), e.ciHigh(), close);
                assertClose(a.pValue(), e.pValue(), close);
            }
            assertClose(a.r2(), e.r2(), close);
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
            assertClose(a.coefficient(), e.coefficient(), close);
            assertClose(a.meanFemale(), e.meanFemale(), close);
            assertClose(a.meanMale(), e.meanMale(), close);
        }
    }

    /** Equal to rounding: the sums are added in another order. */
    private static void assertClose(double actual, double expected, double close) {
        assertThat(actual).isCloseTo(expected, org.assertj.core.api.Assertions.within(close * Math.max(1, Math.abs(expected))));
    }
}
