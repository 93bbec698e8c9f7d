package org.mixite.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;
import org.mixite.core.table.EmployeeTable;
import org.mixite.spi.model.Bounds;
import org.mixite.spi.model.ContractType;
import org.mixite.spi.model.EmployeeRecord;
import org.mixite.spi.model.ExitReason;
import org.mixite.spi.model.ManagementLevel;
import org.mixite.spi.model.ReferencePeriod;
import org.mixite.spi.model.Sex;
import org.mixite.spi.validation.RecordValidator;
import org.mixite.spi.validation.SourcePosition;

/**
 * issue 19: the plausible ranges of the record (docs/robustness.md, {@link Bounds}) are narrow
 * enough that no indicator overflows. Every indicator runs on valid records drawn at and near
 * the bounds — the largest amounts, the smallest fte and weekly hours, one day of presence,
 * the first and last dates — and the columnar table still gives exactly the record pass's
 * results. Before the bounds, a single {@code hourly_pay} of 2·10¹¹ stopped the pay gaps with
 * an ArithmeticException.
 */
class IndicatorBoundsProperties {

    private static final RecordValidator VALIDATOR = new RecordValidator();
    private static final ReferencePeriod[] PERIODS = {ReferencePeriod.calendarYear(2024), ReferencePeriod.calendarYear(2025),
            new ReferencePeriod(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 1))};
    private static final String[] AMOUNTS = {"0", "0.01", "100000000", "99999999.999999", "100000000.000", "32000", "1E+8", "0.000001"};
    private static final String[] HOURLY = {"0", "1000000", "999999.999999999", "21.5", "0.000000001"};
    private static final String[] FTES = {"0.01", "0.010", "1", "0.5", "0.0100001"};
    private static final String[] WEEKLY = {"1", "168", "1.0", "35", "167.999"};
    private static final LocalDate[] DATES = {Bounds.EARLIEST, Bounds.LATEST, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31),
            LocalDate.of(2024, 12, 31), LocalDate.of(2025, 3, 1)};

    @AfterContainer
    static void close() {
        VALIDATOR.close();
    }

    static List<EmployeeRecord> atTheBounds(long seed, int size) {
        SplittableRandom random = new SplittableRandom(seed);
        List<EmployeeRecord> records = new ArrayList<>();
        for (int i = 0; records.size() < size && i < size * 10; i++) {
            EmployeeRecord.Builder b = EmployeeRecord.builder("E" + i, random.nextBoolean() ? Sex.FEMALE : Sex.MALE);
            if (random.nextBoolean()) {
                b.birthDate(random.nextBoolean() ? Bounds.EARLIEST : LocalDate.of(2000, 2, 29));
            } else {
                b.birthYear(random.nextBoolean() ? 1900 : 2025);
            }
            b.category(random.nextBoolean() ? "ic" : "ouv").establishment(random.nextBoolean() ? "P" : "L");
            b.jobCode(random.nextBoolean() ? "388a" : "621a").managementLevel(ManagementLevel.values()[random.nextInt(4)]);
            b.contract(ContractType.values()[random.nextInt(ContractType.values().length)]);
            b.fte(new BigDecimal(FTES[random.nextInt(FTES.length)]));
            if (random.nextBoolean()) {
                b.weeklyHours(new BigDecimal(WEEKLY[random.nextInt(WEEKLY.length)]));
            }
            if (random.nextInt(4) > 0) {
                b.annualBasePay(new BigDecimal(AMOUNTS[random.nextInt(AMOUNTS.length)]));
            }
            if (random.nextBoolean()) {
                b.annualVariablePay(new BigDecimal(AMOUNTS[random.nextInt(AMOUNTS.length)]));
            }
            if (random.nextBoolean()) {
                b.annualExcludedPay(new BigDecimal(AMOUNTS[random.nextInt(AMOUNTS.length)]));
            }
            if (random.nextBoolean()) {
                b.bonus12m(new BigDecimal(AMOUNTS[random.nextInt(AMOUNTS.length)]));
            }
            if (random.nextInt(3) == 0) {
                b.hourlyPay(new BigDecimal(HOURLY[random.nextInt(HOURLY.length)]));
            }
            if (random.nextInt(3) == 0) {
                b.daysPresent(random.nextInt(3) == 0 ? 366 : random.nextInt(3));
            }
            if (random.nextBoolean()) {
                b.hireDate(DATES[random.nextInt(DATES.length)]);
            }
            if (random.nextBoolean()) {
                b.exitDate(DATES[random.nextInt(DATES.length)]).exitReason(ExitReason.values()[random.nextInt(ExitReason.values().length)]);
            }
            b.raised(random.nextBoolean()).promoted(random.nextBoolean());
            if (random.nextInt(5) == 0) {
                b.maternityReturn(true).raisedAfterMaternity(random.nextBoolean());
            }
            EmployeeRecord record = b.build();
            if (VALIDATOR.validate(record, SourcePosition.of("bounds")).isEmpty()) {
                records.add(record);
            }
        }
        return records;
    }

    @Property(tries = 300)
    @Label("valid records at the bounds: every indicator computes, and the table agrees with the record pass")
    void noIndicatorOverflowsWithinTheBounds(@ForAll long seed, @ForAll @IntRange(min = 1, max = 60) int size,
                                             @ForAll @IntRange(max = 2) int period, @ForAll @IntRange(min = 1, max = 5) int minCell) {
        List<EmployeeRecord> records = atTheBounds(seed, size);
        IndicatorSuite.ReportSettings settings = IndicatorSuite.ReportSettings.of(PERIODS[period]).withMinCell(minCell);
        IndicatorSuite suite = new IndicatorSuite(settings);
        records.forEach(suite::add);
        IndicatorResults byRecords = suite.results();
        assertThat(IndicatorSuite.compute(EmployeeTable.of(records), settings)).isEqualTo(byRecords);
    }
}
