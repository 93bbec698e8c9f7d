package org.mixite.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.mixite.analytics.regression.PayRegression;
import org.mixite.analytics.remediation.RemediationSimulator;
import org.mixite.analytics.remediation.Target;
import org.mixite.core.indicators.egapro.Modalite;
import org.mixite.core.table.EmployeeTable;
import org.mixite.spi.model.ContractType;
import org.mixite.spi.model.EmployeeRecord;
import org.mixite.spi.model.ReferencePeriod;
import org.mixite.spi.model.Sex;

/**
 * issue 20: the analytics sample read from a table's columns is the sample of its records —
 * every person's pay, hours, labels, control values and Egapro indicator-1 cell, with the same
 * representation of the exact figures — so the analytics built on it (regression, remediation)
 * give the same results. Records drawn across the fields the sample reads, plain rows (read
 * column-wise) and rows that keep their record, mixed.
 */
class TableSampleProperties {

    private static final Sex[] SEXES = {Sex.FEMALE, Sex.MALE, Sex.FEMALE, Sex.MALE, Sex.OTHER, Sex.UNKNOWN};
    private static final String[] JOBS = {"388a", "372a", "543a", "621a", "478b", "999z", "4", "", "2", "AB12"};
    private static final String[] CATEGORIES = {"ouv", "emp", "tam", "ic", "IC ", "Sales", "Ops"};
    private static final String[] FTES = {"1", "1", "1", "1.0", "0.8", "0.5", "0.333", "1.00", "0.33333"};
    private static final String[] WEEKLY = {"35", "39", "17.5", "35.00", "1.25", "38.123456"};
    private static final ReferencePeriod[] PERIODS = {ReferencePeriod.calendarYear(2025), ReferencePeriod.calendarYear(2024),
            new ReferencePeriod(LocalDate.of(2025, 4, 1), LocalDate.of(2025, 9, 30)),
            new ReferencePeriod(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 12, 31))};

    static List<EmployeeRecord> workforce(long seed, int size) {
        SplittableRandom random = new SplittableRandom(seed);
        List<EmployeeRecord> records = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            EmployeeRecord.Builder b = EmployeeRecord.builder("E" + i, SEXES[random.nextInt(SEXES.length)]);
            int birth = random.nextInt(10);
            if (birth < 4) {
                b.birthDate(LocalDate.of(1950, 1, 1).plusDays(random.nextInt(30_000))); // up to 2032: some after the period
            } else if (birth < 9) {
                b.birthYear(1940 + random.nextInt(92));
            }
            pick(random, b::establishment, "P", "L", "T");
            if (random.nextInt(5) > 0) {
                b.jobCode(JOBS[random.nextInt(JOBS.length)]);
            }
            if (random.nextInt(15) == 0) {
                b.jobFamily("technical_digital"); // keeps its record
            }
            if (random.nextInt(3) == 0) {
                b.category(CATEGORIES[random.nextInt(CATEGORIES.length)]);
            }
            pick(random, b::level, "L1", "L2", " ");
            pick(random, b::workPostalCode, "31000", "75008");
            b.contract(ContractType.values()[random.nextInt(ContractType.values().length)]);
            if (random.nextInt(3) > 0) {
                b.hireDate(LocalDate.of(2015, 1, 1).plusDays(random.nextInt(4_400)));
            }
            if (random.nextInt(4) == 0) {
                b.exitDate(LocalDate.of(2024, 6, 1).plusDays(random.nextInt(800)));
            }
            b.fte(new BigDecimal(FTES[random.nextInt(FTES.length)]));
            if (random.nextInt(3) == 0) {
                b.weeklyHours(new BigDecimal(WEEKLY[random.nextInt(WEEKLY.length)]));
            }
            if (random.nextInt(10) > 0) {
                b.annualBasePay(random.nextInt(30) == 0 ? BigDecimal.ZERO : amount(random, 9_000_000));
            }
            if (random.nextInt(3) > 0) {
                b.annualVariablePay(random.nextInt(5) == 0 ? BigDecimal.ZERO : amount(random, 600_000));
            }
            if (random.nextInt(15) == 0) {
                b.hourlyPay(BigDecimal.valueOf(1 + random.nextInt(6_000), 2)); // keeps its record
            }
            if (random.nextInt(15) == 0) {
                b.daysPresent(random.nextInt(367)); // keeps its record
            }
            records.add(b.build());
        }
        return records;
    }

    /** Cents at 0 to 3 decimals (3: the row keeps its record). */
    private static BigDecimal amount(SplittableRandom random, int maxCents) {
        long cents = 1 + random.nextInt(maxCents);
        return switch (random.nextInt(5)) {
            case 0 -> BigDecimal.valueOf(cents / 100);
            case 1 -> BigDecimal.valueOf(cents / 10, 1);
            case 2 -> BigDecimal.valueOf(cents * 10 + random.nextInt(10), 3);
            default -> BigDecimal.valueOf(cents, 2);
        };
    }

    private static void pick(SplittableRandom random, java.util.function.Consumer<String> setter, String... values) {
        int i = random.nextInt(values.length + 1);
        if (i < values.length) {
            setter.accept(values[i]);
        }
    }

    @Property(tries = 300)
    @Label("issue 20: the analytics sample of a table's columns equals the sample of its records, person by person")
    void tableSampleEqualsRecordSample(@ForAll long seed, @ForAll @IntRange(max = 300) int size,
                                       @ForAll @IntRange(max = 3) int period, @ForAll boolean byLevel) {
        List<EmployeeRecord> records = workforce(seed, size);
        Modalite modalite = byLevel ? Modalite.NIVEAU_AUTRE : Modalite.CSP;
        EnumSet<Control> controls = EnumSet.allOf(Control.class);
        AnalyticsSample.Builder byRecords = AnalyticsSample.builder(PERIODS[period], controls).modalite(modalite);
        records.forEach(byRecords::add);
        AnalyticsSample expected = byRecords.build();
        AnalyticsSample actual = AnalyticsSample.builder(PERIODS[period], controls).modalite(modalite)
                .add(EmployeeTable.of(records)).build();
        assertSameSample(actual, expected);
        assertSameSample(actual.completeCases(), expected.completeCases());
    }

    @Property(tries = 60)
    @Label("issue 20: the regression and the Art. 10 and Egapro remediation plans over the table's sample equal those over the records'")
    void analyticsEqual(@ForAll long seed, @ForAll @IntRange(min = 50, max = 400) int size) {
        List<EmployeeRecord> records = workforce(seed, size);
        ReferencePeriod year = PERIODS[0];
        AnalyticsSample expected = AnalyticsSample.of(records, year, EnumSet.allOf(Control.class));
        AnalyticsSample actual = AnalyticsSample.of(EmployeeTable.of(records), year, EnumSet.allOf(Control.class));
        assertThat(PayRegression.fit(actual)).isEqualTo(PayRegression.fit(expected));
        for (String target : List.of("art10", "gap:2", "egapro1:39")) {
            assertThat(RemediationSimulator.plan(actual, Target.parse(target)))
                    .isEqualTo(RemediationSimulator.plan(expected, Target.parse(target)));
        }
    }

    static void assertSameSample(AnalyticsSample actual, AnalyticsSample expected) {
        assertSame(actual, expected, true);
    }

    /** The same people and figures; ids aside (a sample built without ids names people by position). */
    static void assertSameSampleButIds(AnalyticsSample actual, AnalyticsSample expected) {
        assertSame(actual, expected, false);
    }

    private static void assertSame(AnalyticsSample actual, AnalyticsSample expected, boolean ids) {
        assertThat(actual.size()).isEqualTo(expected.size());
        assertThat(actual.excluded()).isEqualTo(expected.excluded());
        assertThat(actual.leftOutOfRegression()).isEqualTo(expected.leftOutOfRegression());
        assertThat(actual.categoryNames()).isEqualTo(expected.categoryNames());
        assertThat(actual.controls()).isEqualTo(expected.controls());
        for (Control c : expected.controls()) {
            assertThat(actual.levels(c)).as("levels of %s", c).isEqualTo(expected.levels(c));
            assertThat(actual.hasValues(c)).as("values of %s", c).isEqualTo(expected.hasValues(c));
        }
        EgaproCells a = actual.egapro();
        EgaproCells e = expected.egapro();
        assertThat(a.input()).isEqualTo(e.input());
        for (int i = 0; i < expected.size(); i++) {
            if (ids) {
                assertThat(actual.id(i)).isEqualTo(expected.id(i));
            }
            assertThat(actual.isFemale(i)).isEqualTo(expected.isFemale(i));
            assertThat(actual.hourlyNanos(i)).as("hourly pay of %s", expected.id(i)).isEqualTo(expected.hourlyNanos(i));
            assertThat(actual.annualHours(i)).as("hours of %s", expected.id(i)).isEqualTo(expected.annualHours(i));
            assertThat(actual.category(i)).isEqualTo(expected.category(i));
            assertThat(actual.isComplete(i)).isEqualTo(expected.isComplete(i));
            for (Control c : expected.controls()) {
                if (c.isNumeric()) {
                    if (expected.hasValues(c)) {
                        assertThat(Double.valueOf(actual.value(c, i))).as("%s of %s", c, expected.id(i)) // NaN when absent
                                .isEqualTo(Double.valueOf(expected.value(c, i)));
                    }
                } else {
                    assertThat(actual.level(c, i)).as("%s of %s", c, expected.id(i)).isEqualTo(expected.level(c, i));
                }
            }
            assertThat(a.group(i)).as("Egapro group of %s", expected.id(i)).isEqualTo(e.group(i));
            // equals, not compareTo: the same value at the same scale, as the record path computes it
            assertThat(a.pay(i)).as("indicator-1 pay of %s", expected.id(i)).isEqualTo(e.pay(i));
            assertThat(a.perHourlyNano(i)).as("per nano of %s", expected.id(i)).isEqualTo(e.perHourlyNano(i));
        }
    }
}
