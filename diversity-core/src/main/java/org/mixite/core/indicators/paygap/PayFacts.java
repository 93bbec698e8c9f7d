package org.mixite.core.indicators.paygap;

import java.math.BigDecimal;
import java.math.MathContext;
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
 * amount converted to full time) is computed to 10⁻⁹ € an hour or 10⁻⁶ € a year, its only
 * rounding; every figure built on them is then exact.
 */
final class PayFacts {

    static final BigDecimal LEGAL_WEEK = BigDecimal.valueOf(35);
    /**
     * 20 significant digits: an hourly rate under 10⁸ € to the nano-euro needs 17, an annual
     * amount under 10¹² € to the micro-euro needs 18. More digits only cost time, per record.
     */
    private static final MathContext PRECISION = new MathContext(20, java.math.RoundingMode.HALF_EVEN);
    private static final BigDecimal WEEKS = BigDecimal.valueOf(52);

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

    private PayFacts(HourlySource source, long hourly, long hourlyBase, long hourlyVariable, long annual, long annualBase,
                     long annualVariable, long actualAnnualTotal, long bonus, boolean bonusDerived, long daysPresent) {
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
    }

    boolean hasPay() {
        return hourlySource != HourlySource.NONE;
    }

    static long micros(BigDecimal euros) {
        return euros.movePointRight(6).setScale(0, RoundingMode.HALF_UP).longValueExact();
    }

    static long nanos(BigDecimal euros) {
        return euros.movePointRight(9).setScale(0, RoundingMode.HALF_UP).longValueExact();
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
            return new PayFacts(HourlySource.NONE, 0, 0, 0, 0, 0, 0, actual, bonus, bonusDerived, present);
        }
        BigDecimal presence = BigDecimal.valueOf(present).divide(BigDecimal.valueOf(period.days()), PRECISION);
        HourlySource source = r.hourlyPay().isPresent() ? HourlySource.GIVEN
                : r.weeklyHours().isPresent() ? HourlySource.DERIVED_FROM_WEEKLY_HOURS : HourlySource.DERIVED_FROM_35H_FTE;
        BigDecimal weekly = r.weeklyHours().orElseGet(() -> LEGAL_WEEK.multiply(r.fte()));
        BigDecimal hoursWorked = weekly.multiply(WEEKS).multiply(presence);
        long hourlyBase = nanos(base.divide(hoursWorked, PRECISION));
        long hourlyVariable = nanos(variable.divide(hoursWorked, PRECISION));
        long hourly = r.hourlyPay().map(PayFacts::nanos).orElseGet(() -> nanos(total.divide(hoursWorked, PRECISION)));
        BigDecimal fullTimeFullYear = r.fte().multiply(presence);
        return new PayFacts(source, hourly, hourlyBase, hourlyVariable,
                micros(total.divide(fullTimeFullYear, PRECISION)),
                micros(base.divide(fullTimeFullYear, PRECISION)),
                micros(variable.divide(fullTimeFullYear, PRECISION)),
                actual, bonus, bonusDerived, present);
    }
}
