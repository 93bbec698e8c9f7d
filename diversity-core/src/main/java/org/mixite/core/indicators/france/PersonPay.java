package org.mixite.core.indicators.france;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.mixite.spi.model.EmployeeRecord;
import org.mixite.spi.model.ReferencePeriod;
import org.mixite.spi.model.Sex;

/**
 * One person's pay as the GIP figures take it, by regulations.md's common definitions: annual
 * pay (base + variable, actual or converted to full time and full year), hourly pay
 * ({@code hourly_pay}, else annual pay / (weekly hours × 52 × presence), 35 h × fte without
 * weekly hours), and the variable component on both. Derived amounts carry 10 decimals.
 */
record PersonPay(boolean woman, long daysPresent, Optional<BigDecimal> annual, Optional<BigDecimal> hourly,
                 Optional<BigDecimal> variableAnnual, Optional<BigDecimal> variableHourly) {

    static final int SCALE = 10;
    private static final BigDecimal LEGAL_WEEK = BigDecimal.valueOf(35);
    private static final BigDecimal WEEKS = BigDecimal.valueOf(52);

    static long daysPresent(EmployeeRecord r, ReferencePeriod period) {
        if (r.daysPresent().isPresent()) {
            return Math.min(r.daysPresent().get(), period.days());
        }
        LocalDate from = r.hireDate().filter(d -> d.isAfter(period.start())).orElse(period.start());
        LocalDate to = r.exitDate().filter(d -> d.isBefore(period.end())).orElse(period.end());
        return to.isBefore(from) ? 0 : ChronoUnit.DAYS.between(from, to) + 1;
    }

    /** The person's pay, or empty when they are not a woman or a man present in the period. */
    static Optional<PersonPay> of(EmployeeRecord r, ReferencePeriod period, PayBasis basis) {
        if (r.sex() != Sex.FEMALE && r.sex() != Sex.MALE) {
            return Optional.empty();
        }
        long present = daysPresent(r, period);
        if (present == 0) {
            return Optional.empty();
        }
        BigDecimal days = BigDecimal.valueOf(period.days());
        BigDecimal presence = BigDecimal.valueOf(present);
        BigDecimal weekly = r.weeklyHours().orElseGet(() -> LEGAL_WEEK.multiply(r.fte()));
        // hours worked over the presence: weekly × 52 × present / days
        BigDecimal hoursTimesDays = weekly.multiply(WEEKS).multiply(presence);
        Optional<BigDecimal> total = r.annualBasePay().map(b -> b.add(r.annualVariablePay().orElse(BigDecimal.ZERO)));
        // variable pay is a part of annual pay: without annual pay, no annual figure at all (as the fr block)
        Optional<BigDecimal> variable = r.annualVariablePay().filter(v -> v.signum() > 0 && total.isPresent());
        Optional<BigDecimal> annual = total.map(t -> annual(t, r, days, presence, basis));
        Optional<BigDecimal> hourly = r.hourlyPay().or(() -> total.map(t -> t.multiply(days).divide(hoursTimesDays, SCALE, RoundingMode.HALF_UP)));
        Optional<BigDecimal> variableAnnual = variable.map(v -> annual(v, r, days, presence, basis));
        Optional<BigDecimal> variableHourly = variable.map(v -> v.multiply(days).divide(hoursTimesDays, SCALE, RoundingMode.HALF_UP));
        return Optional.of(new PersonPay(r.sex() == Sex.FEMALE, present, annual, hourly, variableAnnual, variableHourly));
    }

    private static BigDecimal annual(BigDecimal amount, EmployeeRecord r, BigDecimal days, BigDecimal presence, PayBasis basis) {
        return basis == PayBasis.ACTUAL ? amount
                : amount.multiply(days).divide(r.fte().multiply(presence), SCALE, RoundingMode.HALF_UP);
    }
}
