package org.mixite.spi.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mixite.spi.model.EmployeeRecord;
import org.mixite.spi.model.Sex;

/** employee-record.md, "Fields" and "Validation": each field with a good value, a bad value and the message. */
class EmployeeRecordValidationTest {

    private static final RecordValidator VALIDATOR = new RecordValidator();
    private static final SourcePosition AT = SourcePosition.of("employees.csv", 7);

    @AfterAll
    static void close() {
        VALIDATOR.close();
    }

    static EmployeeRecord.Builder valid() {
        return EmployeeRecord.builder("E1", Sex.FEMALE).birthDate(LocalDate.of(1990, 5, 17));
    }

    private static List<Violation> violations(UnaryOperator<EmployeeRecord.Builder> change) {
        return VALIDATOR.validate(change.apply(valid()).build(), AT);
    }

    static Stream<Arguments> fields() {
        return Stream.of(
                Arguments.of("id", (UnaryOperator<EmployeeRecord.Builder>) b -> b.id("A-12"), (UnaryOperator<EmployeeRecord.Builder>) b -> b.id("  "), "id must not be blank"),
                Arguments.of("id", (UnaryOperator<EmployeeRecord.Builder>) b -> b.id("x".repeat(100)), (UnaryOperator<EmployeeRecord.Builder>) b -> b.id("x".repeat(101)), "id must be at most 100 characters"),
                Arguments.of("birth_date", (UnaryOperator<EmployeeRecord.Builder>) b -> b.birthDate(LocalDate.of(1960, 1, 1)), (UnaryOperator<EmployeeRecord.Builder>) b -> b.birthDate(LocalDate.now().plusDays(1)).birthYear(LocalDate.now().plusDays(1).getYear()), "birth_date must be in the past"),
                Arguments.of("birth_year", (UnaryOperator<EmployeeRecord.Builder>) b -> b.birthYear(1990), (UnaryOperator<EmployeeRecord.Builder>) b -> b.birthYear(1991), "birth_year does not match the year of birth_date"),
                Arguments.of("job_code", (UnaryOperator<EmployeeRecord.Builder>) b -> b.jobCode("388a"), (UnaryOperator<EmployeeRecord.Builder>) b -> b.jobCode("38 8a"), "job_code must be a PCS-ESE code such as 388a"),
                Arguments.of("fte", (UnaryOperator<EmployeeRecord.Builder>) b -> b.fte(new BigDecimal("0.5")), (UnaryOperator<EmployeeRecord.Builder>) b -> b.fte(new BigDecimal("1.2")), "fte must be at most 1"),
                Arguments.of("fte", (UnaryOperator<EmployeeRecord.Builder>) b -> b.fte(new BigDecimal("1")), (UnaryOperator<EmployeeRecord.Builder>) b -> b.fte(BigDecimal.ZERO), "fte must be at least 0.01"),
                Arguments.of("weekly_hours", (UnaryOperator<EmployeeRecord.Builder>) b -> b.weeklyHours(new BigDecimal("35")), (UnaryOperator<EmployeeRecord.Builder>) b -> b.weeklyHours(new BigDecimal("-1")), "weekly_hours must be at least 1"),
                Arguments.of("annual_base_pay", (UnaryOperator<EmployeeRecord.Builder>) b -> b.annualBasePay(BigDecimal.ZERO), (UnaryOperator<EmployeeRecord.Builder>) b -> b.annualBasePay(new BigDecimal("-1")), "annual_base_pay must be 0 or more"),
                Arguments.of("annual_variable_pay", (UnaryOperator<EmployeeRecord.Builder>) b -> b.annualVariablePay(new BigDecimal("10")), (UnaryOperator<EmployeeRecord.Builder>) b -> b.annualVariablePay(new BigDecimal("-10")), "annual_variable_pay must be 0 or more"),
                Arguments.of("annual_excluded_pay", (UnaryOperator<EmployeeRecord.Builder>) b -> b.annualExcludedPay(new BigDecimal("10")), (UnaryOperator<EmployeeRecord.Builder>) b -> b.annualExcludedPay(new BigDecimal("-0.01")), "annual_excluded_pay must be 0 or more"),
                Arguments.of("hourly_pay", (UnaryOperator<EmployeeRecord.Builder>) b -> b.hourlyPay(new BigDecimal("21.5")), (UnaryOperator<EmployeeRecord.Builder>) b -> b.hourlyPay(new BigDecimal("-21.5")), "hourly_pay must be 0 or more"),
                Arguments.of("bonus_12m", (UnaryOperator<EmployeeRecord.Builder>) b -> b.bonus12m(new BigDecimal("100")), (UnaryOperator<EmployeeRecord.Builder>) b -> b.bonus12m(new BigDecimal("-100")), "bonus_12m must be 0 or more"),
                Arguments.of("days_present", (UnaryOperator<EmployeeRecord.Builder>) b -> b.daysPresent(366), (UnaryOperator<EmployeeRecord.Builder>) b -> b.daysPresent(367), "days_present must be at most 366"),
                Arguments.of("exit_date", (UnaryOperator<EmployeeRecord.Builder>) b -> b.hireDate(LocalDate.of(2020, 1, 1)).exitDate(LocalDate.of(2020, 1, 1)), (UnaryOperator<EmployeeRecord.Builder>) b -> b.hireDate(LocalDate.of(2020, 1, 2)).exitDate(LocalDate.of(2020, 1, 1)), "exit_date must not be before hire_date"),
                Arguments.of("raised_after_maternity", (UnaryOperator<EmployeeRecord.Builder>) b -> b.maternityReturn(true).raisedAfterMaternity(true), (UnaryOperator<EmployeeRecord.Builder>) b -> b.raisedAfterMaternity(true), "raised_after_maternity requires maternity_return"),
                // Plausible ranges (employee-record.md; Bounds): a misplaced decimal point is a rejected row, not an overflow.
                Arguments.of("fte", (UnaryOperator<EmployeeRecord.Builder>) b -> b.fte(new BigDecimal("0.01")), (UnaryOperator<EmployeeRecord.Builder>) b -> b.fte(new BigDecimal("0.0099")), "fte must be at least 0.01"),
                Arguments.of("weekly_hours", (UnaryOperator<EmployeeRecord.Builder>) b -> b.weeklyHours(new BigDecimal("168")), (UnaryOperator<EmployeeRecord.Builder>) b -> b.weeklyHours(new BigDecimal("168.5")), "weekly_hours must be at most 168"),
                Arguments.of("weekly_hours", (UnaryOperator<EmployeeRecord.Builder>) b -> b.weeklyHours(new BigDecimal("1")), (UnaryOperator<EmployeeRecord.Builder>) b -> b.weeklyHours(new BigDecimal("0.5")), "weekly_hours must be at least 1"),
                Arguments.of("annual_base_pay", (UnaryOperator<EmployeeRecord.Builder>) b -> b.annualBasePay(new BigDecimal("100000000")), (UnaryOperator<EmployeeRecord.Builder>) b -> b.annualBasePay(new BigDecimal("100000000.01")), "annual_base_pay must be at most 100000000"),
                Arguments.of("annual_variable_pay", (UnaryOperator<EmployeeRecord.Builder>) b -> b.annualVariablePay(new BigDecimal("1E+8")), (UnaryOperator<EmployeeRecord.Builder>) b -> b.annualVariablePay(new BigDecimal("1E+9")), "annual_variable_pay must be at most 100000000"),
                Arguments.of("annual_excluded_pay", (UnaryOperator<EmployeeRecord.Builder>) b -> b.annualExcludedPay(new BigDecimal("99999999.99")), (UnaryOperator<EmployeeRecord.Builder>) b -> b.annualExcludedPay(new BigDecimal("2E+8")), "annual_excluded_pay must be at most 100000000"),
                Arguments.of("bonus_12m", (UnaryOperator<EmployeeRecord.Builder>) b -> b.bonus12m(new BigDecimal("100000000")), (UnaryOperator<EmployeeRecord.Builder>) b -> b.bonus12m(new BigDecimal("100000001")), "bonus_12m must be at most 100000000"),
                Arguments.of("hourly_pay", (UnaryOperator<EmployeeRecord.Builder>) b -> b.hourlyPay(new BigDecimal("1000000")), (UnaryOperator<EmployeeRecord.Builder>) b -> b.hourlyPay(new BigDecimal("200000000000")), "hourly_pay must be at most 1000000"),
                Arguments.of("birth_date", (UnaryOperator<EmployeeRecord.Builder>) b -> b.birthDate(LocalDate.of(1900, 1, 1)).birthYear(1900), (UnaryOperator<EmployeeRecord.Builder>) b -> b.birthDate(LocalDate.of(1899, 12, 31)), "birth_date must be 1900-01-01 or later"),
                Arguments.of("hire_date", (UnaryOperator<EmployeeRecord.Builder>) b -> b.hireDate(LocalDate.of(1900, 1, 1)), (UnaryOperator<EmployeeRecord.Builder>) b -> b.hireDate(LocalDate.of(20200, 1, 1)), "hire_date must be between 1900-01-01 and 2100-12-31"),
                Arguments.of("exit_date", (UnaryOperator<EmployeeRecord.Builder>) b -> b.exitDate(LocalDate.of(2100, 12, 31)), (UnaryOperator<EmployeeRecord.Builder>) b -> b.exitDate(LocalDate.of(2101, 1, 1)), "exit_date must be between 1900-01-01 and 2100-12-31"),
                Arguments.of("work_postal_code", (UnaryOperator<EmployeeRecord.Builder>) b -> b.workPostalCode("20200"), (UnaryOperator<EmployeeRecord.Builder>) b -> b.workPostalCode("31000\n"), "work_postal_code must be a postal code such as 31000"),
                Arguments.of("work_postal_code", (UnaryOperator<EmployeeRecord.Builder>) b -> b.workPostalCode("B-1000"), (UnaryOperator<EmployeeRecord.Builder>) b -> b.workPostalCode(" 31000"), "work_postal_code must be a postal code such as 31000"),
                Arguments.of("company", (UnaryOperator<EmployeeRecord.Builder>) b -> b.company("ACME"), (UnaryOperator<EmployeeRecord.Builder>) b -> b.company("c".repeat(201)), "company must be at most 200 characters"));
    }

    @ParameterizedTest(name = "{0}: {3}")
    @MethodSource("fields")
    @DisplayName("each field accepts a good value and rejects a bad one with a message naming it")
    void goodAndBadValue(String column, UnaryOperator<EmployeeRecord.Builder> good,
                         UnaryOperator<EmployeeRecord.Builder> bad, String message) {
        assertThat(violations(good)).isEmpty();
        List<Violation> found = violations(bad);
        assertThat(found).extracting(Violation::field).contains(column);
        assertThat(found).extracting(Violation::message).anyMatch(m -> m.startsWith(message));
        assertThat(found).allSatisfy(v -> assertThat(v.position().line()).hasValue(7));
    }

    @Test
    @DisplayName("birth_date or birth_year is required (employee-record.md: one of these two)")
    void birthRequired() {
        List<Violation> found = VALIDATOR.validate(EmployeeRecord.builder("E1", Sex.MALE).build(), AT);
        assertThat(found).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("birth_date");
            assertThat(v.message()).isEqualTo("birth_date or birth_year is required");
        });
        assertThat(VALIDATOR.validate(EmployeeRecord.builder("E1", Sex.MALE).birthYear(1980).build(), AT)).isEmpty();
    }

    @Test
    @DisplayName("pay is personal data: a bad amount is never echoed in the message")
    void payIsMasked() {
        List<Violation> found = violations(b -> b.annualBasePay(new BigDecimal("-123456.78")));
        assertThat(found).singleElement().satisfies(v -> assertThat(v.message()).doesNotContain("123456"));
    }

    @Test
    @DisplayName("a violation carries the column the field was read from")
    void violationCarriesColumn() {
        List<Violation> found = VALIDATOR.validate(valid().fte(new BigDecimal("2")).build(), AT,
                field -> field == org.mixite.spi.model.RecordField.FTE ? java.util.Optional.of(9) : java.util.Optional.empty());
        assertThat(found).singleElement().satisfies(v -> {
            assertThat(v.position().column()).hasValue(9);
            assertThat(v.toString()).isEqualTo("employees.csv:7:9 [fte]: fte must be at most 1 (was '2')");
        });
    }

    @Test
    @DisplayName("categoryOrDerived: first digit of the PCS-ESE code 6 ouv, 5 emp, 4 tam, 3 and 2 ic (employee-record.md, category; job-families.md)")
    void categoryDerivedFromJobCode() {
        assertThat(valid().jobCode("621a").build().categoryOrDerived()).hasValue("ouv");
        assertThat(valid().jobCode("542a").build().categoryOrDerived()).hasValue("emp");
        assertThat(valid().jobCode("478a").build().categoryOrDerived()).hasValue("tam");
        assertThat(valid().jobCode("388a").build().categoryOrDerived()).hasValue("ic");
        assertThat(valid().jobCode("231a").build().categoryOrDerived()).hasValue("ic");
        assertThat(valid().jobCode("100x").build().categoryOrDerived()).isEmpty();
        assertThat(valid().jobCode("388a").category("emp").build().categoryOrDerived()).hasValue("emp");
    }
}
