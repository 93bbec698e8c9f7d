package org.mixite.spi.validation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.lifecycle.AfterContainer;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.mixite.spi.model.ContractType;
import org.mixite.spi.model.EmployeeRecord;
import org.mixite.spi.model.ManagementLevel;
import org.mixite.spi.model.Sex;

/**
 * The hand-compiled constraints against Hibernate Validator, the reference (employee-record.md,
 * "Validation"): an accepted record is always valid, and the two agree on every record whose
 * birth date is not in the one-day margin the fast path leaves to the validator. Values are
 * drawn at and around every bound, so a bound copied wrong makes this fail.
 */
class DeclaredConstraintsProperties {

    private static final ValidatorFactory FACTORY = Validation.byProvider(HibernateValidator.class).configure()
            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory();
    private static final Validator REFERENCE = FACTORY.getValidator();

    @AfterContainer
    static void close() {
        FACTORY.close();
    }

    @Property(tries = 3000)
    void theFastPathAcceptsExactlyTheValidRecords(@ForAll("records") EmployeeRecord record) {
        long utcToday = Math.floorDiv(System.currentTimeMillis(), 86_400_000L);
        boolean accepted = DeclaredConstraints.certainlyValid(record, utcToday);
        Set<ConstraintViolation<EmployeeRecord>> violations = REFERENCE.validate(record);
        if (accepted) {
            assertThat(violations).as("accepted by the fast path, so valid").isEmpty();
        }
        Statistics.label("accepted").collect(accepted);
        Statistics.label("accepted").coverage(c -> c.check(true).percentage(p -> p > 20));
        boolean inMargin = record.birthDate().map(d -> d.toEpochDay() >= utcToday - 2).orElse(false);
        if (!inMargin) {
            assertThat(accepted).as("fast path agrees with Hibernate Validator (violations: %s)", violations)
                    .isEqualTo(violations.isEmpty());
        }
    }

    /**
     * {@code @Past} is judged in the JVM's time zone: whatever the zone (UTC−12 to UTC+14) and the
     * hour, a birth date the fast path accepts is in the past there. The clock is fixed, so this
     * does not depend on when or where the test runs.
     */
    @Property(tries = 400)
    void thePastMarginHoldsInEveryTimeZone(@ForAll @net.jqwik.api.constraints.IntRange(min = 0, max = 47) int halfHours,
                                           @ForAll @net.jqwik.api.constraints.IntRange(min = -3, max = 3) int days) {
        java.time.Instant now = java.time.Instant.parse("2026-06-15T00:00:00Z").plusSeconds(halfHours * 1800L);
        long utcToday = Math.floorDiv(now.getEpochSecond(), 86_400L);
        EmployeeRecord record = EmployeeRecord.builder("E1", Sex.FEMALE).birthDate(LocalDate.ofEpochDay(utcToday + days)).build();
        boolean accepted = DeclaredConstraints.certainlyValid(record, utcToday);
        for (java.time.ZoneOffset zone : List.of(java.time.ZoneOffset.ofHours(-12), java.time.ZoneOffset.UTC,
                java.time.ZoneOffset.ofHours(14))) {
            java.time.Clock clock = java.time.Clock.fixed(now, zone);
            Validator there = FACTORY.usingContext().clockProvider(() -> clock).getValidator();
            if (accepted) {
                assertThat(there.validate(record)).as("accepted at %s in %s", now, zone).isEmpty();
            }
        }
    }

    @Property(tries = 300)
    void recordValidatorStillReportsWhatTheReferenceReports(@ForAll("records") EmployeeRecord record) {
        try (RecordValidator validator = new RecordValidator()) {
            assertThat(validator.validate(record, SourcePosition.of("x.csv", 1)))
                    .hasSize(REFERENCE.validate(record).size());
        }
    }

    /** A valid record with zero to three fields set at, just inside or just across one of their bounds. */
    @Provide
    Arbitrary<EmployeeRecord> records() {
        Arbitrary<EmployeeRecord.Builder> valid = Combinators.combine(
                Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(12), Arbitraries.of(Sex.class),
                Arbitraries.integers().between(1950, 2005), Arbitraries.of(ManagementLevel.class),
                Arbitraries.of(ContractType.class), Arbitraries.of("1", "0.5", "0.8")).as((id, sex, year, level, contract, fte) ->
                        EmployeeRecord.builder(id, sex).birthDate(LocalDate.of(year, 4, 2)).managementLevel(level)
                                .contract(contract).fte(new BigDecimal(fte)).annualBasePay(new BigDecimal("32000")));
        return Combinators.combine(valid, edits().list().ofMaxSize(3)).as((b, edits) -> {
            edits.forEach(edit -> edit.accept(b));
            return b.build();
        });
    }

    private static Arbitrary<Consumer<EmployeeRecord.Builder>> edits() {
        LocalDate today = LocalDate.now();
        Arbitrary<BigDecimal> pay = Arbitraries.of("-0.01", "0", "0.00", "-0E-5", "5", "-1E+2", "100000000", "1E+8",
                "100000000.00", "100000000.01", "1000000", "1000000.001", "1E+11", "200000000000").map(BigDecimal::new);
        List<Arbitrary<Consumer<EmployeeRecord.Builder>>> edits = List.of(
                Arbitraries.oneOf(Arbitraries.strings().all().ofMaxLength(3),
                        Arbitraries.strings().withChars(' ', '\t', '\u2003', '\u007f', '\u0085', '\u001f', 'a').ofMaxLength(3),
                        Arbitraries.of("x".repeat(100), "x".repeat(101), "a b", " a"))
                        .map(id -> b -> b.id(id)),
                Arbitraries.integers().between(-4, 4).map(d -> b -> b.birthDate(today.plusDays(d))),
                Arbitraries.of(1899, 1900, 2100, 2101).map(y -> b -> b.birthDate(LocalDate.of(y, 1, 1)).birthYear(y)),
                Arbitraries.integers().between(-1, 1).map(d -> b -> b.birthYear(b.build().birthYearOrDerived().orElse(1980) + d)),
                Arbitraries.integers().between(199, 201).map(n -> b -> b.company("c".repeat(n))),
                Arbitraries.integers().between(199, 201).map(n -> b -> b.establishment("e".repeat(n))),
                Arbitraries.integers().between(99, 101).map(n -> b -> b.jobFamily("f".repeat(n))),
                Arbitraries.integers().between(99, 101).map(n -> b -> b.category("k".repeat(n))),
                Arbitraries.integers().between(99, 101).map(n -> b -> b.level("l".repeat(n))),
                Arbitraries.oneOf(Arbitraries.of("388a", "62", "12345678", "123456789", "4", "", "38 8a", "é1", "ABCz"),
                        Arbitraries.strings().ofMaxLength(9)).map(code -> b -> b.jobCode(code)),
                Arbitraries.integers().between(-1, 1).map(d -> b -> b.hireDate(LocalDate.of(2020, 5, 5))
                        .exitDate(LocalDate.of(2020, 5, 5).plusDays(d))),
                Arbitraries.of("0", "0.0001", "0.0099", "0.01", "0.010", "1", "1.00", "1.0001", "-1").map(v -> b -> b.fte(new BigDecimal(v))),
                Arbitraries.of("0", "0.01", "0.99", "1", "1.0", "168", "168.00", "168.01", "-1").map(v -> b -> b.weeklyHours(new BigDecimal(v))),
                Arbitraries.of(LocalDate.of(1899, 12, 31), LocalDate.of(1900, 1, 1), LocalDate.of(2100, 12, 31), LocalDate.of(2101, 1, 1),
                        LocalDate.of(-5000, 1, 1), LocalDate.of(99999, 1, 1)).map(d -> b -> b.hireDate(d)),
                Arbitraries.of(LocalDate.of(1899, 12, 31), LocalDate.of(1900, 1, 1), LocalDate.of(2100, 12, 31), LocalDate.of(2101, 1, 1),
                        LocalDate.MAX).map(d -> b -> b.exitDate(d)),
                Arbitraries.of(LocalDate.of(1899, 12, 31), LocalDate.of(1900, 1, 1), LocalDate.MIN)
                        .map(d -> b -> b.birthDate(d).birthYear(1900)),
                pay.map(v -> b -> b.annualBasePay(v)),
                pay.map(v -> b -> b.annualVariablePay(v)),
                pay.map(v -> b -> b.annualExcludedPay(v)),
                pay.map(v -> b -> b.hourlyPay(v)),
                pay.map(v -> b -> b.bonus12m(v)),
                Arbitraries.of(-1, 0, 366, 367).map(d -> b -> b.daysPresent(d)),
                Arbitraries.of(true, false).map(m -> b -> b.raisedAfterMaternity(true).maternityReturn(m)));
        return Arbitraries.oneOf(edits);
    }
}
