package org.mixite.spi.validation;

import java.math.BigDecimal;
import java.util.Optional;
import org.mixite.spi.model.Bounds;
import org.mixite.spi.model.EmployeeRecord;

/**
 * The constraints {@link EmployeeRecord} declares, compiled by hand into plain checks: a fast
 * way to accept the valid records that make up almost every load. It only ever accepts; a
 * record it does not accept goes to Hibernate Validator, which stays the reference and writes
 * every message. {@code DeclaredConstraintsProperties} checks that whatever is accepted here is
 * valid for Hibernate Validator, and that the two agree everywhere outside the one-day margin
 * kept around {@code @Past}.
 *
 * <p>Why: Hibernate Validator builds a property path per constraint and per {@code Optional}
 * type argument, two thirds of the time of a CSV load (BENCHMARKS.md).
 */
final class DeclaredConstraints {

    private DeclaredConstraints() {
    }

    /**
     * True only if the record satisfies every declared constraint. {@code @Past} is judged by
     * the validator against today in the JVM's time zone; here a birth date is accepted only if
     * it is more than a day before today in UTC (epoch day {@code utcToday}), which is before
     * today in every time zone, so the two can never disagree on an accepted record.
     */
    static boolean certainlyValid(EmployeeRecord r, long utcToday) {
        return r.sex() != null && r.managementLevel() != null && r.contract() != null
                && TextConstraints.validId(r.id())
                && (r.birthDate().isEmpty() || r.birthDate().get().toEpochDay() < utcToday - 1)
                && r.birthYear().map(y -> y >= 1900 && y <= 2100).orElse(true)
                && (r.birthDate().isPresent() || r.birthYear().isPresent())
                && (r.birthDate().isEmpty() || r.birthYear().isEmpty()
                    || r.birthDate().get().getYear() == r.birthYear().get())
                && atMost(r.company(), 200) && atMost(r.establishment(), 200)
                && r.jobCode().map(TextConstraints::pcsLike).orElse(true)
                && atMost(r.jobFamily(), 100) && atMost(r.category(), 100) && atMost(r.level(), 100)
                && (r.hireDate().isEmpty() || r.exitDate().isEmpty() || !r.exitDate().get().isBefore(r.hireDate().get()))
                && r.birthDate().map(Bounds::inRange).orElse(true)
                && r.hireDate().map(Bounds::inRange).orElse(true) && r.exitDate().map(Bounds::inRange).orElse(true)
                && r.fte() != null && r.fte().compareTo(Bounds.SMALLEST_FTE) >= 0 && r.fte().compareTo(BigDecimal.ONE) <= 0
                && r.weeklyHours().map(h -> h.compareTo(Bounds.FEWEST_WEEKLY_HOURS) >= 0
                    && h.compareTo(Bounds.MOST_WEEKLY_HOURS) <= 0).orElse(true)
                && annual(r.annualBasePay()) && annual(r.annualVariablePay())
                && annual(r.annualExcludedPay()) && annual(r.bonus12m())
                && r.hourlyPay().map(a -> a.signum() >= 0 && a.compareTo(Bounds.MAX_HOURLY) <= 0).orElse(true)
                && r.daysPresent().map(d -> d >= 0 && d <= 366).orElse(true)
                && (!r.raisedAfterMaternity() || r.maternityReturn())
                && r.workPostalCode().map(TextConstraints::postalCodeLike).orElse(true);
    }

    private static boolean atMost(Optional<String> text, int max) {
        return text.map(t -> t.length() <= max).orElse(true);
    }

    private static boolean annual(Optional<BigDecimal> amount) {
        return amount.map(Bounds::annualAmount).orElse(true);
    }
}
