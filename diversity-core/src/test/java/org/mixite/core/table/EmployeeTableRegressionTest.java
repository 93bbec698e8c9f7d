package org.mixite.core.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Example;
import net.jqwik.api.Label;
import org.mixite.core.report.IndicatorResults;
import org.mixite.core.report.IndicatorSuite;
import org.mixite.spi.model.EmployeeRecord;
import org.mixite.spi.model.ReferencePeriod;
import org.mixite.spi.model.Sex;

/**
 * issue 9: cases a review found where the column-wise passes once differed from the record pass
 * (each failed before its fix). The record pass is the reference.
 */
class EmployeeTableRegressionTest {

    private static IndicatorResults byRecords(List<EmployeeRecord> records, IndicatorSuite.ReportSettings settings) {
        IndicatorSuite suite = new IndicatorSuite(settings);
        records.forEach(suite::add);
        return suite.results();
    }

    private static IndicatorResults byTable(List<EmployeeRecord> records, IndicatorSuite.ReportSettings settings) {
        IndicatorSuite suite = new IndicatorSuite(settings);
        suite.add(EmployeeTable.of(records));
        return suite.results();
    }

    @Example
    @Label("issue 20: a row with a work postal code stays plain (read column-wise, not kept as a record) and gives it back")
    void postalCodeKeepsARowPlain() {
        EmployeeRecord r = EmployeeRecord.builder("A", Sex.FEMALE).birthYear(1980).jobCode("388a")
                .workPostalCode("31000").annualBasePay(new BigDecimal("50000")).build();
        EmployeeRecord s = r.toBuilder().id("B").workPostalCode("97411").build();
        EmployeeTable table = EmployeeTable.of(List.of(r, s));
        assertThat(table.columns().plain(0)).isTrue();
        assertThat(table.columns().plain(1)).isTrue();
        assertThat(table.records().toList()).containsExactly(r, s);
    }

    @Example
    @Label("egapro.md, indicator 5: a pay in the same cent as the 10th highest, but above it, enters the top 10")
    void topEarnerInTheTenthsCent() {
        List<EmployeeRecord> records = new ArrayList<>();
        for (int i = 0; i < 10; i++) { // 100.01 / 0.8 = 125.0125 €
            records.add(EmployeeRecord.builder("M" + i, Sex.MALE).birthYear(1980).jobCode("388a")
                    .fte(new BigDecimal("0.8")).annualBasePay(new BigDecimal("100.01")).build());
        }
        // 80.01 / 0.64 = 125.015625 €: higher than 125.0125, in the same cent
        records.add(EmployeeRecord.builder("W", Sex.FEMALE).birthYear(1980).jobCode("388a")
                .fte(new BigDecimal("0.64")).annualBasePay(new BigDecimal("80.01")).build());
        IndicatorSuite.ReportSettings settings = IndicatorSuite.ReportSettings.of(ReferencePeriod.calendarYear(2025));
        assertThat(byTable(records, settings).egaproInput())
                .isEqualTo(byRecords(records, settings).egaproInput());
    }

    @Example
    @Label("a reference period of two years (more than 366 days) gives the record pass's figures")
    void twoYearPeriod() {
        EmployeeRecord r = EmployeeRecord.builder("A", Sex.FEMALE).birthYear(1980).jobCode("388a")
                .annualBasePay(new BigDecimal("50000")).build();
        EmployeeRecord s = EmployeeRecord.builder("B", Sex.MALE).birthYear(1980).jobCode("388a")
                .annualBasePay(new BigDecimal("60000")).build();
        IndicatorSuite.ReportSettings settings = IndicatorSuite.ReportSettings.of(
                new ReferencePeriod(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 12, 31))).withMinCell(1);
        List<EmployeeRecord> records = List.of(r, s);
        assertThat(byTable(records, settings)).isEqualTo(byRecords(records, settings));
    }

    @Example
    @Label("a two-year period with weekly hours gives the record pass's figures")
    void twoYearPeriodWithWeeklyHours() {
        List<EmployeeRecord> records = new ArrayList<>();
        records.add(EmployeeRecord.builder("A", Sex.FEMALE).birthYear(1980).jobCode("388a").weeklyHours(new BigDecimal("35"))
                .annualBasePay(new BigDecimal("50000")).build());
        records.add(EmployeeRecord.builder("B", Sex.MALE).birthYear(1980).jobCode("388a").weeklyHours(new BigDecimal("39"))
                .annualBasePay(new BigDecimal("60000")).build());
        IndicatorSuite.ReportSettings settings = IndicatorSuite.ReportSettings.of(
                new ReferencePeriod(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 12, 31))).withMinCell(1);
        assertThat(byTable(records, settings)).isEqualTo(byRecords(records, settings));
    }

    @Example
    @Label("a 30-year period with 10¹¹ € pays: no silent overflow, the record pass's figures")
    void longPeriodLargePay() {
        // 30-year period, hired 100 days before its end (presence < 367), weekly hours at 4 decimals, 10^11 €.
        ReferencePeriod period = new ReferencePeriod(LocalDate.of(1996, 1, 1), LocalDate.of(2025, 12, 31));
        List<EmployeeRecord> records = new ArrayList<>();
        records.add(EmployeeRecord.builder("A", Sex.FEMALE).birthYear(1980).jobCode("388a").hireDate(LocalDate.of(2024, 12, 31))
                .weeklyHours(new BigDecimal("35.0001")).annualBasePay(new BigDecimal("100000000000.00")).build());
        records.add(EmployeeRecord.builder("B", Sex.MALE).birthYear(1980).jobCode("388a").hireDate(LocalDate.of(2024, 12, 31))
                .weeklyHours(new BigDecimal("35.0001")).annualBasePay(new BigDecimal("1000.00")).build());
        IndicatorSuite.ReportSettings settings = IndicatorSuite.ReportSettings.of(period).withMinCell(1);
        assertThat(byTable(records, settings)).isEqualTo(byRecords(records, settings));
    }

    @Example
    @Label("a birth year whose age wraps around an int is not taken for an absent age (Egapro band, ESRS ages)")
    void birthYearWrappingToTheAbsentMarker() {
        IndicatorSuite.ReportSettings settings = IndicatorSuite.ReportSettings.of(ReferencePeriod.calendarYear(2025)).withMinCell(1);
        int year = 2025 - Integer.MIN_VALUE; // wraps to -2147481623: the age 2025 - year is Integer.MIN_VALUE
        List<EmployeeRecord> records = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            records.add(EmployeeRecord.builder("W" + i, i % 2 == 0 ? Sex.FEMALE : Sex.MALE).birthYear(year).jobCode("388a")
                    .annualBasePay(new BigDecimal("50000.00")).build());
        }
        assertThat(byTable(records, settings)).isEqualTo(byRecords(records, settings));
    }

    @Example
    @Label("pays the record pass cannot round into a long (fte 0.0001, 10¹¹ €) fail alike on both paths")
    void overflowAlike() {
        IndicatorSuite.ReportSettings settings = IndicatorSuite.ReportSettings.of(ReferencePeriod.calendarYear(2025)).withMinCell(1);
        List<EmployeeRecord> records = List.of(EmployeeRecord.builder("A", Sex.FEMALE).birthYear(1980).jobCode("388a")
                .fte(new BigDecimal("0.0001")).annualBasePay(new BigDecimal("100000000000.00")).build());
        Throwable byRecords = org.assertj.core.api.Assertions.catchThrowable(() -> byRecords(records, settings));
        Throwable byTable = org.assertj.core.api.Assertions.catchThrowable(() -> byTable(records, settings));
        assertThat(byRecords).isInstanceOf(ArithmeticException.class);
        assertThat(byTable).isInstanceOf(ArithmeticException.class).hasMessage(byRecords.getMessage());
    }

    @Example
    @Label("rows are read in their order: with a duplicated id (unvalidated input), the first entry keeps its top-10 place")
    void rowsInTheirOrder() {
        List<EmployeeRecord> records = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            records.add(EmployeeRecord.builder("B" + i, Sex.MALE).birthYear(1980).jobCode("388a")
                    .annualBasePay(new BigDecimal("1000")).build());
        }
        // the same id and pay twice (unvalidated): the first one read wins the 10th place
        records.add(EmployeeRecord.builder("A", Sex.MALE).birthYear(1980).jobCode("388a").jobFamily("Dev") // not plain
                .annualBasePay(new BigDecimal("500")).build());
        records.add(EmployeeRecord.builder("A", Sex.FEMALE).birthYear(1980).jobCode("388a")
                .annualBasePay(new BigDecimal("500")).build());
        IndicatorSuite.ReportSettings settings = IndicatorSuite.ReportSettings.of(ReferencePeriod.calendarYear(2025));
        assertThat(byTable(records, settings).egaproInput())
                .isEqualTo(byRecords(records, settings).egaproInput());
    }
}
