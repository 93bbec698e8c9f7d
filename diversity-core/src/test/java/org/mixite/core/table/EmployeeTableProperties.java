package org.mixite.core.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.mixite.core.report.IndicatorResults;
import org.mixite.core.report.IndicatorSuite;
import org.mixite.spi.model.ContractType;
import org.mixite.spi.model.EmployeeRecord;
import org.mixite.spi.model.ExitReason;
import org.mixite.spi.model.ManagementLevel;
import org.mixite.spi.model.ReferencePeriod;
import org.mixite.spi.model.Sex;

/**
 * issue 9: the columnar table and its column-wise passes. The passes re-express the record
 * accumulators' rules on columns, so every rule is checked here against the record pass, on
 * records drawn across every field: present or absent, inside and outside the period, amounts
 * of 0 to 3 decimals, fte and weekly hours of several scales, birth
 * dates after the period end, unvalidated values (exit before hire) — plain rows and the rows
 * that fall back to the record pass, mixed.
 */
class EmployeeTableProperties {

    private static final ReferencePeriod YEAR = ReferencePeriod.calendarYear(2025);
    private static final Sex[] SEXES = {Sex.FEMALE, Sex.MALE, Sex.MALE, Sex.OTHER, Sex.UNKNOWN};
    private static final String[] JOBS = {"388a", "372a", "543a", "621a", "478b", "999z", "4", "", "2", "AB12"};
    private static final String[] CATEGORIES = {"ouv", "emp", "tam", "ic", "IC ", "Sales"};
    private static final String[] FTES = {"1", "1", "1", "1.0", "0.8", "0.5", "0.333", "1.00", "0.33333", "0.005"};
    private static final String[] WEEKLY = {"35", "39", "17.5", "35.00", "1.25", "38.123456"};

    static List<EmployeeRecord> workforce(long seed, int size) {
        SplittableRandom random = new SplittableRandom(seed);
        List<EmployeeRecord> records = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            EmployeeRecord.Builder b = EmployeeRecord.builder("E" + random.nextInt(1_000_000) + "-" + i,
                    SEXES[random.nextInt(SEXES.length)]);
            if (random.nextInt(20) == 0 && !records.isEmpty()) { // a pay equal to an earlier one: ties in the top 10 and the bands
                records.add(records.get(random.nextInt(records.size())).toBuilder().id("T" + i).build());
                continue;
            }
            int birth = random.nextInt(10);
            if (birth < 4) {
                b.birthDate(LocalDate.of(1950, 1, 1).plusDays(random.nextInt(30_000))); // up to 2032: some after the period
            } else if (birth < 8) {
                b.birthYear(random.nextInt(30) == 0 ? -300_000 + random.nextInt(600_000) : 1940 + random.nextInt(92));
            }
            pick(random, b::company, "A", "B", "C");
            pick(random, b::establishment, "P", "L", "T");
            if (random.nextInt(4) > 0) {
                b.jobCode(JOBS[random.nextInt(JOBS.length)]);
            }
            if (random.nextInt(12) == 0) {
                b.jobFamily(random.nextBoolean() ? "technical_digital" : "Dev");
            }
            if (random.nextInt(3) == 0) {
                b.category(CATEGORIES[random.nextInt(CATEGORIES.length)]);
            }
            pick(random, b::level, "L1", "L2");
            pick(random, b::workPostalCode, "31000", "75008", "20000", "97411"); // a dictionary column: rows stay plain
            b.managementLevel(ManagementLevel.values()[random.nextInt(ManagementLevel.values().length)]);
            b.contract(ContractType.values()[random.nextInt(ContractType.values().length)]);
            if (random.nextInt(3) > 0) {
                b.hireDate(LocalDate.of(2015, 1, 1).plusDays(random.nextInt(4_400)));
            }
            if (random.nextInt(4) == 0) {
                b.exitDate(LocalDate.of(2024, 6, 1).plusDays(random.nextInt(800)));
                if (random.nextBoolean()) {
                    b.exitReason(ExitReason.values()[random.nextInt(ExitReason.values().length)]);
                }
            }
            b.fte(new BigDecimal(FTES[random.nextInt(FTES.length)]));
            if (random.nextInt(3) == 0) {
                b.weeklyHours(new BigDecimal(WEEKLY[random.nextInt(WEEKLY.length)]));
            }
            if (random.nextInt(8) > 0) {
                b.annualBasePay(amount(random, 9_000_000));
            }
            if (random.nextInt(3) > 0) {
                b.annualVariablePay(random.nextInt(5) == 0 ? BigDecimal.ZERO : amount(random, 600_000));
            }
            if (random.nextInt(5) == 0) {
                b.annualExcludedPay(amount(random, 200_000));
            }
            if (random.nextInt(3) == 0) {
                b.bonus12m(amount(random, 300_000));
            }
            if (random.nextInt(12) == 0) {
                b.hourlyPay(BigDecimal.valueOf(random.nextInt(6_000), 2)); // 2·10¹¹ € an hour would overflow the record pass's nano-euros
            }
            if (random.nextInt(12) == 0) {
                b.daysPresent(random.nextInt(367));
            }
            b.raised(random.nextInt(3) == 0).promoted(random.nextInt(8) == 0)
                    .maternityReturn(random.nextInt(10) == 0).raisedAfterMaternity(random.nextInt(12) == 0);
            records.add(b.build());
        }
        return records;
    }

    /** Cents at 0 to 3 decimals. */
    private static BigDecimal amount(SplittableRandom random, int maxCents) {
        long cents = random.nextInt(maxCents);
        return switch (random.nextInt(5)) {
            case 0 -> BigDecimal.valueOf(cents / 100); // whole euros
            case 1 -> BigDecimal.valueOf(cents / 10, 1);
            case 2 -> BigDecimal.valueOf(cents * 10 + random.nextInt(10), 3); // not plain
            default -> BigDecimal.valueOf(cents, 2);
        };
    }

    private static void pick(SplittableRandom random, java.util.function.Consumer<String> setter, String... values) {
        int i = random.nextInt(values.length + 1);
        if (i < values.length) {
            setter.accept(values[i]);
        }
    }

    private static IndicatorResults byRecords(List<EmployeeRecord> records, IndicatorSuite.ReportSettings settings) {
        IndicatorSuite suite = new IndicatorSuite(settings);
        records.forEach(suite::add);
        return suite.results();
    }

    @Property(tries = 200)
    @Label("a table gives back the records added, equal and in order")
    void roundTrip(@ForAll long seed, @ForAll @IntRange(max = 300) int size) {
        List<EmployeeRecord> records = workforce(seed, size);
        EmployeeTable table = EmployeeTable.of(records);
        assertThat(table.size()).isEqualTo(records.size());
        assertThat(table.records().toList()).isEqualTo(records);
    }

    @Property(tries = 100)
    @Label("issue 20: the column arrays the passes hold in local variables give what the accessors give, row by row")
    void columnArraysAgreeWithAccessors(@ForAll long seed, @ForAll @IntRange(max = 300) int size) {
        TableColumns c = EmployeeTable.of(workforce(seed, size)).columns();
        TableColumns.ColumnArrays k = c.arrays();
        int endPacked = TableColumns.packed(YEAR.end());
        long start = YEAR.start().toEpochDay();
        long end = YEAR.end().toEpochDay();
        for (int row = 0; row < c.size(); row++) {
            assertThat(k.plain()[row]).isEqualTo(c.plain(row));
            if (!c.plain(row)) {
                continue;
            }
            assertThat((int) k.sex()[row]).isEqualTo(c.sex(row));
            assertThat((int) k.contract()[row]).isEqualTo(c.contract(row));
            assertThat((int) k.management()[row]).isEqualTo(c.managementLevel(row));
            assertThat((int) k.exitReason()[row]).isEqualTo(c.exitReason(row));
            int flags = k.flags()[row];
            assertThat((flags & TableColumns.RAISED) != 0).isEqualTo(c.raised(row));
            assertThat((flags & TableColumns.PROMOTED) != 0).isEqualTo(c.promoted(row));
            assertThat((flags & TableColumns.MATERNITY_RETURN) != 0).isEqualTo(c.maternityReturn(row));
            assertThat((flags & TableColumns.RAISED_AFTER_MATERNITY) != 0).isEqualTo(c.raisedAfterMaternity(row));
            assertThat(TableColumns.age(k.birthDate()[row], k.birthYear()[row], endPacked)).isEqualTo(c.age(row, endPacked));
            assertThat(TableColumns.daysPresent(k.hireDay()[row], k.exitDay()[row], start, end)).isEqualTo(c.daysPresent(row, start, end));
            assertThat(new int[] {k.company()[row], k.establishment()[row], k.jobCode()[row], k.category()[row], k.level()[row],
                    k.fte()[row], k.weeklyHours()[row]})
                    .containsExactly(c.company(row), c.establishment(row), c.jobCode(row), c.category(row), c.level(row),
                            c.fte(row), c.weeklyHours(row));
            assertThat(new long[] {TableColumns.cents(k.basePay()[row], k.basePayScale()[row]),
                    TableColumns.cents(k.variablePay()[row], k.variablePayScale()[row]),
                    TableColumns.cents(k.excludedPay()[row], k.excludedPayScale()[row]),
                    TableColumns.cents(k.bonus()[row], k.bonusScale()[row])})
                    .containsExactly(c.basePayCents(row), c.variablePayCents(row), c.excludedPayCents(row), c.bonusCents(row));
        }
    }

    @Property(tries = 100)
    @Label("issue 20: tables of parts joined with appendRows give back the kept records, every column included")
    void appendRowsKeepsEveryColumn(@ForAll long seed, @ForAll @IntRange(max = 300) int size, @ForAll @IntRange(max = 300) int split) {
        List<EmployeeRecord> records = workforce(seed, size);
        int cut = Math.min(split, records.size());
        java.util.BitSet all = new java.util.BitSet();
        all.set(0, records.size());
        EmployeeTable.Builder joined = EmployeeTable.builder();
        joined.appendRows(EmployeeTable.of(records.subList(0, cut)), all);
        joined.appendRows(EmployeeTable.of(records.subList(cut, records.size())), all);
        assertThat(joined.build().records().toList()).isEqualTo(records);
    }

    @Property(tries = 150)
    @Label("issue 20: appendRows of some rows of parts gives the table of those records: the same rows and the same dictionaries, in order")
    void appendRowsOfSomeRows(@ForAll long seed, @ForAll @IntRange(max = 300) int size, @ForAll @IntRange(max = 300) int split,
                              @ForAll @IntRange(max = 3) int keepEvery) {
        List<EmployeeRecord> records = workforce(seed, size);
        int cut = Math.min(split, records.size());
        SplittableRandom random = new SplittableRandom(seed ^ 0x5DEECE66DL);
        EmployeeTable.Builder joined = EmployeeTable.builder();
        List<EmployeeRecord> kept = new java.util.ArrayList<>();
        for (List<EmployeeRecord> part : List.of(records.subList(0, cut), records.subList(cut, records.size()))) {
            java.util.BitSet keep = new java.util.BitSet();
            for (int i = 0; i < part.size(); i++) {
                // keepEvery 0: all (one array copy per column); else a random subset, sometimes a run at the start
                if (keepEvery == 0 || (keepEvery == 1 && i < part.size() / 2) || random.nextInt(keepEvery + 1) > 0) {
                    keep.set(i);
                    kept.add(part.get(i));
                }
            }
            joined.appendRows(EmployeeTable.of(part), keep);
        }
        EmployeeTable actual = joined.build();
        EmployeeTable expected = EmployeeTable.of(kept);
        assertThat(actual.records().toList()).isEqualTo(kept);
        TableColumns a = actual.columns();
        TableColumns e = expected.columns();
        assertThat(a.companies()).isEqualTo(e.companies());
        assertThat(a.establishments()).isEqualTo(e.establishments());
        assertThat(a.jobCodes()).isEqualTo(e.jobCodes());
        assertThat(a.categories()).isEqualTo(e.categories());
        assertThat(a.levels()).isEqualTo(e.levels());
        assertThat(a.ftes()).isEqualTo(e.ftes());
        assertThat(a.postalCodes()).isEqualTo(e.postalCodes());
        assertThat(a.weeklyHoursValues()).isEqualTo(e.weeklyHoursValues());
        for (int row = 0; row < a.size(); row++) {
            assertThat(a.plain(row)).isEqualTo(e.plain(row));
            if (a.plain(row)) {
                assertThat(a.company(row)).isEqualTo(e.company(row));
                assertThat(a.category(row)).isEqualTo(e.category(row));
                assertThat(a.jobCode(row)).isEqualTo(e.jobCode(row));
                assertThat(a.fte(row)).isEqualTo(e.fte(row));
            }
        }
    }

    /** Calendar years (one leap), a half year, and periods past 366 days (the record pass serves those). */
    private static final ReferencePeriod[] PERIODS = {YEAR, ReferencePeriod.calendarYear(2024),
            new ReferencePeriod(LocalDate.of(2025, 4, 1), LocalDate.of(2025, 9, 30)),
            new ReferencePeriod(LocalDate.of(2024, 7, 1), LocalDate.of(2025, 6, 30)),
            new ReferencePeriod(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 12, 31))};

    @Property(tries = 400)
    @Label("issue 9: every indicator over a table (column-wise passes + record pass for the rest) equals the record pass")
    void columnarEqualsRecords(@ForAll long seed, @ForAll @IntRange(max = 400) int size, @ForAll @IntRange(min = 1, max = 6) int minCell,
                               @ForAll @IntRange(max = 4) int period, @ForAll boolean duplicateIds) {
        List<EmployeeRecord> records = workforce(seed, size);
        if (duplicateIds) { // unvalidated input: every third id taken again; rows must still be read in their order
            for (int i = 3; i < records.size(); i += 3) {
                records.set(i, records.get(i).toBuilder().id(records.get(i - 3).id()).build());
            }
        }
        IndicatorSuite.ReportSettings settings = IndicatorSuite.ReportSettings.of(PERIODS[period]).withMinCell(minCell);
        IndicatorSuite columnar = new IndicatorSuite(settings);
        columnar.add(EmployeeTable.of(records));
        IndicatorResults first = columnar.results();
        assertThat(first).isEqualTo(byRecords(records, settings));
        assertThat(columnar.results()).as("results() again (the pay series may have been rescaled)").isEqualTo(first);
    }

    @Property(tries = 100)
    @Label("issue 20: with more distinct FTEs than the composition's pass counts apart (8), the table still equals the record pass")
    void manyFtesEqualRecords(@ForAll long seed, @ForAll @IntRange(min = 60, max = 400) int size, @ForAll @IntRange(max = 4) int period) {
        List<EmployeeRecord> records = workforce(seed, size);
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < records.size(); i++) { // 0.05 to 1.00: FTE totals summed row by row, not per FTE code
            records.set(i, records.get(i).toBuilder().fte(BigDecimal.valueOf(5 + random.nextInt(96), 2)).build());
        }
        EmployeeTable table = EmployeeTable.of(records);
        assertThat(table.columns().ftes()).as("distinct FTEs").hasSizeGreaterThan(8);
        IndicatorSuite.ReportSettings settings = IndicatorSuite.ReportSettings.of(PERIODS[period]).withMinCell(1);
        IndicatorSuite columnar = new IndicatorSuite(settings);
        columnar.add(table);
        assertThat(columnar.results()).isEqualTo(byRecords(records, settings));
    }

    @Property(tries = 200)
    @Label("CSS R130-1 (issue 20): the annual average headcount over a table's columns equals the record pass's")
    void annualHeadcountColumnar(@ForAll long seed, @ForAll @IntRange(max = 400) int size, @ForAll @IntRange(max = 4) int period) {
        List<EmployeeRecord> records = workforce(seed, size);
        assertThat(org.mixite.core.indicators.france.AnnualHeadcount.of(EmployeeTable.of(records), PERIODS[period]))
                .isEqualTo(org.mixite.core.indicators.france.AnnualHeadcount.of(records, PERIODS[period]));
    }

    @Property(tries = 100)
    @Label("issue 9: plain rows only (no fallback) give the record pass's results too")
    void plainOnly(@ForAll long seed, @ForAll @IntRange(max = 400) int size) {
        EmployeeTable all = EmployeeTable.of(workforce(seed, size));
        List<EmployeeRecord> plain = new ArrayList<>();
        for (int row = 0; row < all.size(); row++) {
            if (all.columns().plain(row)) {
                plain.add(all.record(row));
            }
        }
        IndicatorSuite.ReportSettings settings = IndicatorSuite.ReportSettings.of(YEAR).withMinCell(1);
        IndicatorSuite columnar = new IndicatorSuite(settings);
        columnar.add(EmployeeTable.of(plain));
        assertThat(columnar.results()).isEqualTo(byRecords(plain, settings));
    }

    @Example
    @Label("issue 9: a table split per core and merged equals the record pass (120,000 rows, several parts)")
    void parallelCompute() {
        List<EmployeeRecord> records = workforce(42, 120_000);
        IndicatorSuite.ReportSettings settings = IndicatorSuite.ReportSettings.of(YEAR);
        assertThat(IndicatorSuite.compute(EmployeeTable.of(records), settings)).isEqualTo(byRecords(records, settings));
    }

    @Example
    @Label("issue 9: Egapro sums past a long (3,000 part-time pays of 4·10⁷ €, the plain bound, exact at 8 decimals) stay exact")
    void sumsPastALong() {
        EmployeeRecord rich = EmployeeRecord.builder("R", Sex.FEMALE).birthYear(1980).jobCode("388a").establishment("P")
                .fte(new BigDecimal("0.8")).annualBasePay(new BigDecimal("40000000.00")).bonus12m(new BigDecimal("40000000.00"))
                .build();
        EmployeeRecord man = rich.toBuilder().id("Q").sex(Sex.MALE).fte(BigDecimal.ONE).build();
        List<EmployeeRecord> records = new ArrayList<>(java.util.Collections.nCopies(3_000, rich));
        records.addAll(java.util.Collections.nCopies(3_000, man));
        IndicatorSuite.ReportSettings settings = IndicatorSuite.ReportSettings.of(YEAR);
        EmployeeTable table = EmployeeTable.of(records);
        assertThat(table.columns().plain(0) && table.columns().plain(records.size() - 1)).isTrue();
        IndicatorSuite columnar = new IndicatorSuite(settings);
        columnar.add(table);
        assertThat(columnar.results()).isEqualTo(byRecords(records, settings));
    }

    @Example
    @Label("rows outside the plain encoding keep their record; plain rows are rebuilt from the columns")
    void plainRows() {
        EmployeeRecord plain = EmployeeRecord.builder("P", Sex.FEMALE).annualBasePay(new BigDecimal("30000.50")).build();
        EmployeeRecord threeDecimals = plain.toBuilder().id("D").annualBasePay(new BigDecimal("30000.505")).build();
        EmployeeRecord hourly = plain.toBuilder().id("H").hourlyPay(new BigDecimal("20")).build();
        EmployeeRecord huge = plain.toBuilder().id("B").annualBasePay(new BigDecimal("40000000.01")).build();
        EmployeeRecord bound = plain.toBuilder().id("C").annualBasePay(new BigDecimal("40000000.00")).build();
        EmployeeRecord tinyFte = plain.toBuilder().id("F").fte(new BigDecimal("0.0099")).build();
        EmployeeRecord shortWeek = plain.toBuilder().id("W").weeklyHours(new BigDecimal("0.5")).build();
        EmployeeRecord farYear = plain.toBuilder().id("Y").birthYear(-200_001).build();
        EmployeeTable table = EmployeeTable.of(List.of(plain, threeDecimals, hourly, huge, bound, tinyFte, shortWeek, farYear));
        assertThat(table.columns().plain(0)).isTrue();
        assertThat(table.columns().plain(1)).isFalse();
        assertThat(table.columns().plain(2)).isFalse();
        assertThat(table.columns().plain(3)).as("past 4·10⁷ €").isFalse();
        assertThat(table.columns().plain(4)).isTrue();
        assertThat(table.columns().plain(5)).as("fte below 0.01").isFalse();
        assertThat(table.columns().plain(6)).as("weekly hours below 1").isFalse();
        assertThat(table.columns().plain(7)).as("birth year past ±200,000").isFalse();
        assertThat(table.columns().basePayCents(0)).isEqualTo(3_000_050L);
        assertThat(table.record(1)).isSameAs(threeDecimals);
        assertThat(table.record(0)).isEqualTo(plain).isNotSameAs(plain);
    }
}
