package org.mixite.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.mixite.analytics.regression.PayRegression;
import org.mixite.analytics.remediation.Raise;
import org.mixite.analytics.remediation.RemediationPlan;
import org.mixite.analytics.remediation.RemediationSimulator;
import org.mixite.analytics.remediation.Target;
import org.mixite.core.indicators.egapro.Modalite;
import org.mixite.core.indicators.egapro.records.EgaproAccumulator;
import org.mixite.core.indicators.egapro.records.PayCellMember;
import org.mixite.core.indicators.paygap.HourlyPay;
import org.mixite.spi.model.EmployeeRecord;
import org.mixite.spi.model.ReferencePeriod;
import org.mixite.spi.model.Sex;

/**
 * issue 20: the compact sample (profiles, working times, gross pay rebuilt on demand) gives each
 * person exactly the figures the core computes for their record — the oracle here is the core
 * ({@link HourlyPay}, {@link EgaproAccumulator#payCellOf}), not the sample's own code — and a
 * sample without ids gives the same analytics.
 */
class CompactSampleProperties {

    private static final ReferencePeriod[] PERIODS = {ReferencePeriod.calendarYear(2025),
            new ReferencePeriod(LocalDate.of(2025, 4, 1), LocalDate.of(2025, 9, 30))};

    @Property(tries = 200)
    @Label("issue 20: each person's pay, hours, tenure, fte and Egapro indicator-1 pay and factor are the core's, to the scale")
    void everyFigureIsTheCores(@ForAll long seed, @ForAll @IntRange(max = 300) int size, @ForAll @IntRange(max = 1) int p,
                               @ForAll boolean byLevel) {
        ReferencePeriod period = PERIODS[p];
        Modalite modalite = byLevel ? Modalite.NIVEAU_AUTRE : Modalite.CSP;
        List<EmployeeRecord> records = TableSampleProperties.workforce(seed, size);
        AnalyticsSample sample = AnalyticsSample.builder(period, EnumSet.allOf(Control.class)).modalite(modalite)
                .add(org.mixite.core.table.EmployeeTable.of(records)).build();
        EgaproAccumulator core = new EgaproAccumulator(period, modalite);
        Map<String, EmployeeRecord> byId = new HashMap<>();
        records.forEach(r -> byId.put(r.id(), r));
        for (int i = 0; i < sample.size(); i++) {
            EmployeeRecord r = byId.get(sample.id(i));
            HourlyPay hourly = HourlyPay.of(r, period).orElseThrow();
            assertThat(sample.hourlyNanos(i)).isEqualTo(hourly.nanos());
            assertThat(sample.annualHours(i)).isEqualTo(hourly.annualHours().doubleValue());
            assertThat(sample.isFemale(i)).isEqualTo(r.sex() == Sex.FEMALE);
            assertThat(sample.value(Control.FTE, i)).isEqualTo(r.fte().doubleValue());
            Optional<LocalDate> hired = r.hireDate().filter(d -> !d.isAfter(period.end()));
            if (sample.hasValues(Control.TENURE)) {
                assertThat(Double.valueOf(sample.value(Control.TENURE, i))).isEqualTo(
                        hired.map(d -> ChronoUnit.DAYS.between(d, period.end()) / 365.25).orElse(Double.NaN));
            }
            Optional<PayCellMember> cell = core.payCellOf(r);
            if (sample.egapro().group(i).isPresent()) {
                assertThat(cell).isPresent();
            }
            // equals: the same value at the same scale as the core's
            assertThat(sample.egapro().pay(i)).as("indicator-1 pay of %s", r.id())
                    .isEqualTo(cell.map(PayCellMember::pay).orElse(BigDecimal.ZERO));
            assertThat(sample.egapro().perHourlyNano(i)).isEqualTo(cell
                    .map(c -> c.payPerEuro().multiply(hourly.annualHours()).movePointLeft(9)).orElse(BigDecimal.ZERO));
        }
    }

    @Property(tries = 40)
    @Label("issue 20: a sample without ids gives the same regression and plans; raises name people by position")
    void withoutIdsSameAnalytics(@ForAll long seed, @ForAll @IntRange(min = 50, max = 400) int size) {
        List<EmployeeRecord> records = TableSampleProperties.workforce(seed, size);
        ReferencePeriod year = PERIODS[0];
        AnalyticsSample named = AnalyticsSample.of(records, year, EnumSet.allOf(Control.class));
        AnalyticsSample.Builder builder = AnalyticsSample.builder(year, EnumSet.allOf(Control.class)).withoutIds()
                .expectedPeople(size);
        records.forEach(builder::add);
        AnalyticsSample anonymous = builder.build();
        TableSampleProperties.assertSameSampleButIds(anonymous, named);
        assertThat(PayRegression.fit(anonymous)).isEqualTo(PayRegression.fit(named));
        for (int i = 0; i < anonymous.size(); i++) {
            assertThat(anonymous.id(i)).isEqualTo(String.format("#%010d", i + 1));
        }
        for (String target : List.of("art10", "gap:2", "egapro1:39")) {
            RemediationPlan a = RemediationSimulator.plan(anonymous, Target.parse(target));
            RemediationPlan b = RemediationSimulator.plan(named, Target.parse(target));
            assertThat(a.budget()).isEqualTo(b.budget());
            assertThat(a.byCategory()).isEqualTo(b.byCategory());
            assertThat(a.before()).isEqualTo(b.before());
            assertThat(a.after()).isEqualTo(b.after());
            assertThat(a.reached()).isEqualTo(b.reached());
            assertThat(a.raises().stream().map(Raise::toNanos).sorted().toList())
                    .isEqualTo(b.raises().stream().map(Raise::toNanos).sorted().toList());
        }
    }

    @Test
    @DisplayName("issue 20: a built sample owns the builder's columns, so the builder refuses more records")
    void builderClosedAfterBuild() {
        AnalyticsSample.Builder builder = AnalyticsSample.builder(PERIODS[0], EnumSet.allOf(Control.class));
        builder.add(EmployeeRecord.builder("E1", Sex.FEMALE).annualBasePay(new BigDecimal("30000")).build());
        AnalyticsSample sample = builder.build();
        assertThat(sample.size()).isEqualTo(1);
        assertThatThrownBy(() -> builder.add(EmployeeRecord.builder("E2", Sex.MALE).annualBasePay(new BigDecimal("30000")).build()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("built");
        assertThat(sample.size()).isEqualTo(1);
    }
}
