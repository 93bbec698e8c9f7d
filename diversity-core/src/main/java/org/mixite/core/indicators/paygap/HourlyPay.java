package org.mixite.core.indicators.paygap;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Optional;
import org.apiguardian.api.API;
import org.mixite.spi.model.EmployeeRecord;
import org.mixite.spi.model.ReferencePeriod;

/**
 * One person's hourly pay exactly as the pay-gap figures derive it (regulations.md, common
 * definitions), for other computations that must agree with them (the analytics).
 *
 * @param nanos      the hourly pay in nano-euros
 * @param annualHours the hours paid in the period: weekly hours (35 × fte when absent) × 52 ×
 *                    presence fraction; the hours an hourly raise is paid for
 * @param derivation  "given", "weekly_hours" or "35h x fte"
 */
@API(status = API.Status.EXPERIMENTAL)
public record HourlyPay(long nanos, BigDecimal annualHours, String derivation) {

    /** The hourly pay, or empty when the person was not present or has no pay. */
    public static Optional<HourlyPay> of(EmployeeRecord r, ReferencePeriod period) {
        PayFacts facts = PayFacts.of(r, period);
        if (!facts.hasPay()) {
            return Optional.empty();
        }
        BigDecimal presence = BigDecimal.valueOf(facts.daysPresent)
                .divide(BigDecimal.valueOf(period.days()), MathContext.DECIMAL128);
        BigDecimal weekly = r.weeklyHours().orElseGet(() -> PayFacts.LEGAL_WEEK.multiply(r.fte()));
        BigDecimal hours = weekly.multiply(BigDecimal.valueOf(52)).multiply(presence, MathContext.DECIMAL64);
        String derivation = switch (facts.hourlySource) {
            case GIVEN -> "given";
            case DERIVED_FROM_WEEKLY_HOURS -> "weekly_hours";
            default -> "35h x fte";
        };
        return Optional.of(new HourlyPay(facts.hourly, hours, derivation));
    }

    /**
     * The hourly pay in nano-euros of annual pay {@code cents} over {@code weeklyHours} × 52 ×
     * {@code daysPresent} / {@code periodDays} hours: the quotient {@link #of} takes for a record
     * without {@code hourly_pay}, rounded the same way. For the column-wise analytics; internal.
     */
    @API(status = API.Status.INTERNAL)
    public static long nanos(long cents, BigDecimal weeklyHours, long periodDays, long daysPresent) {
        return PayFacts.quotient(BigDecimal.valueOf(cents, 2), periodDays, weeklyHours, 52 * daysPresent, 9);
    }
}
