package org.mixite.core.indicators.paygap;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.mixite.spi.model.EmployeeRecord;
import org.mixite.spi.model.ReferencePeriod;

/**
 * The pay figures of one employee, as regulations.md derives them, hourly amounts in
 * nano-euros and annual amounts in micro-euros:
 * <ul>
 *   <li>hourly pay: {@code hourly_pay}, else (base + variable) / (weekly hours × 52 × presence
 *       fraction), with 35 h × fte when {@code weekly_hours} is absent;</li>
 *   <li>annual pay converted to full time and full year: (base + variable) / fte / presence;</li>
 *   <li>UK bonus: {@code bonus_12m}, else the annual variable pay.</li>
 * </ul>
 * Given amounts are exact; a derived amount (an hourly rate from annual pay and hours, an annual
 * amount converted to full time) is the exact quotient rounded once, half up, to 10⁻⁹ € an hour
 * or 10⁻⁶ € a year (presence is the exact fraction days present / days in the period); every
 * figure built on them is then exact. The quotients are taken in {@code long} arithmetic when
 * nothing can overflow, else in {@link BigDecimal}: the same value either way (property-tested).
 */
final class PayFacts {

    static final BigDecimal LEGAL_WEEK = BigDecimal.valueOf(35);
    private static final long WEEKS = 52;

    /** How the hourly pay was obtained. */
    enum HourlySource { GIVEN, DERIVED_FROM_WEEKLY_HOURS, DERIVED_FROM_35H_FTE, NONE }

    final HourlySource hourlySource;
    final long hourly;
    final long hourlyBase;
    final long hourlyVariable;
    final long annual;
    final long annualBase;
    final long annualVariable;
    final long actualAnnualTotal;
    final long bonus;
    final boolean bonusDerived;
    final long daysPresent;
    /** Whether annual pay is known (annual_base_pay given): the annual figures and the hourly components need it. */
    final boolean hasAnnual;
    /** The exact amounts in euros: hourly total {@code hourlyN / hourlyD}. */
    long hourlyN;
    long hourlyD;
    /** Hourly base and variable components over {@code componentD} (derived from annual pay and hours). */
    long hourlyBaseN;
    long hourlyVariableN;
    long componentD;
    /** Full-time full-year total, base and variable over {@code annualD}. */
    long annualN;
    long annualBaseN;
    long annualVariableN;
    long annualD;

    private PayFacts(HourlySource source, long hourly, long hourlyBase, long hourlyVariable, long annual, long annualBase,
                     long annualVariable, long actualAnnualTotal, long bonus, boolean bonusDerived, long daysPresent,
                     boolean hasAnnual) {
        this.hourlySource = source;
        this.hourly = hourly;
        this.hourlyBase = hourlyBase;
        this.hourlyVariable = hourlyVariable;
        this.annual = annual;
        this.annualBase = annualBase;
        this.annualVariable = annualVariable;
        this.actualAnnualTotal = actualAnnualTotal;
        this.bonus = bonus;
        this.bonusDerived = bonusDerived;
        this.daysPresent = daysPresent;
        this.hasAnnual = hasAnnual;
    }

    boolean hasPay() {
        return hourlySource != HourlySource.NONE;
    }

    static long micros(BigDecimal euros) {
        return scaled(euros, 6);
    }

    static long nanos(BigDecimal euros) {
        return scaled(euros, 9);
    }

    /** {@code euros} × 10^scale, rounded half up to a whole number. */
    static long scaled(BigDecimal euros, int scale) {
        int shift = scale - euros.scale();
        if (shift >= 0 && shift <= 18 && euros.precision() <= 18) {
            long unscaled = compactUnscaled(euros);
            long factor = POWERS[shift];
            long high = Math.multiplyHigh(unscaled, factor);
            long low = unscaled * factor;
            if ((high == 0 && low >= 0) || (high == -1 && low < 0)) {
                return low;
            }
        }
        return euros.movePointRight(scale).setScale(0, RoundingMode.HALF_UP).longValueExact();
    }

    private static final long[] POWERS = new long[19];

    static {
        POWERS[0] = 1;
        for (int i = 1; i < POWERS.length; i++) {
            POWERS[i] = POWERS[i - 1] * 10;
        }
    }

    /**
     * {@code amount × multiplier × 10^scale / (divisor × divisorMultiplier)}, the exact quotient
     * rounded half up (away from zero at one half) to a whole number; the divisor is positive.
     */
    static long quotient(BigDecimal amount, long multiplier, BigDecimal divisor, long divisorMultiplier, int scale) {
        int shift = scale + divisor.scale() - amount.scale();
        if (shift >= 0 && shift <= 18 && amount.precision() <= 18 && divisor.precision() <= 18) {
            try {
                long num = Math.multiplyExact(Math.multiplyExact(compactUnscaled(amount), multiplier), POWERS[shift]);
                long den = Math.multiplyExact(compactUnscaled(divisor), divisorMultiplier);
                if (den > 0 && num != Long.MIN_VALUE) {
                    long q = Math.abs(num) / den;
                    long r = Math.abs(num) % den;
                    if (r >= den - r) {
                        q++; // r / den ≥ 1/2: half up
                    }
                    return num < 0 ? -q : q;
                }
            } catch (ArithmeticException overflow) {
                // fall through to the exact BigDecimal quotient
            }
        }
        return amount.multiply(BigDecimal.valueOf(multiplier)).movePointRight(scale)
                .divide(divisor.multiply(BigDecimal.valueOf(divisorMultiplier)), 0, RoundingMode.HALF_UP).longValueExact();
    }

    static long daysPresent(EmployeeRecord r, ReferencePeriod period) {
        if (r.daysPresent().isPresent()) {
            return Math.min(r.daysPresent().get(), period.days());
        }
        LocalDate from = r.hireDate().filter(d -> d.isAfter(period.start())).orElse(period.start());
        LocalDate to = r.exitDate().filter(d -> d.isBefore(period.end())).orElse(period.end());
        return to.isBefore(from) ? 0 : ChronoUnit.DAYS.between(from, to) + 1;
    }

    static PayFacts of(EmployeeRecord r, ReferencePeriod period) {
        long present = daysPresent(r, period);
        BigDecimal base = r.annualBasePay().orElse(BigDecimal.ZERO);
        BigDecimal variable = r.annualVariablePay().orElse(BigDecimal.ZERO);
        BigDecimal total = base.add(variable);
        long bonus = r.bonus12m().map(PayFacts::micros).orElse(micros(variable));
        boolean bonusDerived = r.bonus12m().isEmpty();
        long actual = micros(total.add(r.annualExcludedPay().orElse(BigDecimal.ZERO)));
        if (present == 0 || (r.annualBasePay().isEmpty() && r.hourlyPay().isEmpty())) {
            return new PayFacts(HourlySource.NONE, 0, 0, 0, 0, 0, 0, actual, bonus, bonusDerived, present, false);
        }
        HourlySource source = r.hourlyPay().isPresent() ? HourlySource.GIVEN
                : r.weeklyHours().isPresent() ? HourlySource.DERIVED_FROM_WEEKLY_HOURS : HourlySource.DERIVED_FROM_35H_FTE;
        BigDecimal weekly = r.weeklyHours().orElseGet(() -> LEGAL_WEEK.multiply(r.fte()));
        long days = period.days();
        // hours worked = weekly × 52 × present / days, so pay / hours = pay × days / (weekly × 52 × present)
        long hourlyBase = quotient(base, days, weekly, WEEKS * present, 9);
        long hourlyVariable = quotient(variable, days, weekly, WEEKS * present, 9);
        long hourly = r.hourlyPay().map(PayFacts::nanos).orElseGet(() -> quotient(total, days, weekly, WEEKS * present, 9));
        // full time, full year: pay / (fte × present / days) = pay × days / (fte × present)
        BigDecimal fte = r.fte();
        boolean hasAnnual = r.annualBasePay().isPresent();
        PayFacts facts = new PayFacts(source, hourly, hourlyBase, hourlyVariable,
                quotient(total, days, fte, present, 6),
                quotient(base, days, fte, present, 6),
                quotient(variable, days, fte, present, 6),
                actual, bonus, bonusDerived, present, hasAnnual);
        facts.exact(r, base, variable, weekly, days, present);
        return facts;
    }

    private static final long NANO = 1_000_000_000L;
    private static final long MICRO = 1_000_000L;

    /**
     * The exact fractions: pay / (weekly × 52 × present / days) and pay / (fte × present / days),
     * with pay, weekly hours and fte as integers at a common scale of at least 2 decimals (so most
     * people share a denominator). Amounts too large for {@code long} fall back to the rounded
     * values over 10⁹ or 10⁶, exact to the nano- or micro-euro.
     */
    private void exact(EmployeeRecord r, BigDecimal base, BigDecimal variable, BigDecimal weekly, long days, long present) {
        try {
            int ps = Math.max(2, Math.max(base.scale(), variable.scale()));
            long b = unscaled(base, ps);
            long v = unscaled(variable, ps);
            int ws = Math.max(2, weekly.scale());
            long w = unscaled(weekly, ws);
            int k = Math.min(ws, ps);
            long perHourD = Math.multiplyExact(Math.multiplyExact(w, WEEKS * present), POWERS[ps - k]);
            long perHourN = Math.multiplyExact(days, POWERS[ws - k]);
            hourlyBaseN = Math.multiplyExact(b, perHourN);
            hourlyVariableN = Math.multiplyExact(v, perHourN);
            componentD = perHourD;
            if (r.hourlyPay().isPresent()) {
                BigDecimal given = r.hourlyPay().get();
                int hs = Math.max(2, given.scale());
                hourlyN = unscaled(given, hs);
                hourlyD = POWERS[hs];
            } else {
                hourlyN = Math.addExact(hourlyBaseN, hourlyVariableN);
                hourlyD = perHourD;
            }
            int fs = Math.max(2, r.fte().scale());
            long f = unscaled(r.fte(), fs);
            int j = Math.min(fs, ps);
            annualD = Math.multiplyExact(Math.multiplyExact(f, present), POWERS[ps - j]);
            long perYearN = Math.multiplyExact(days, POWERS[fs - j]);
            annualBaseN = Math.multiplyExact(b, perYearN);
            annualVariableN = Math.multiplyExact(v, perYearN);
            annualN = Math.addExact(annualBaseN, annualVariableN);
        } catch (ArithmeticException | ArrayIndexOutOfBoundsException tooLarge) {
            hourlyN = hourly;
            hourlyD = NANO;
            hourlyBaseN = hourlyBase;
            hourlyVariableN = hourlyVariable;
            componentD = NANO;
            annualN = annual;
            annualBaseN = annualBase;
            annualVariableN = annualVariable;
            annualD = MICRO;
        }
    }

    /** The unscaled value at {@code scale} (≥ the value's own scale), or ArithmeticException past a long. */
    private static long unscaled(BigDecimal value, int scale) {
        BigDecimal at = value.setScale(scale);
        return at.scaleByPowerOfTen(scale).longValueExact(); // = unscaledValue(), without a BigInteger
    }

    /**
     * The unscaled value of an amount of at most 18 digits. {@link BigDecimal#unscaledValue()}
     * builds a {@code BigInteger} each call: over half of what a pay-gap pass allocated.
     */
    private static long compactUnscaled(BigDecimal value) {
        return value.scaleByPowerOfTen(value.scale()).longValue();
    }
}
