package org.mixite.core.indicators.paygap;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.mixite.spi.model.EmployeeRecord;
import org.mixite.spi.model.ReferencePeriod;

/**
 * A pay level (Directive 2023/970, Art. 3: gross annual pay and the corresponding gross hourly
 * pay), split into the basic wage and the complementary or variable components; one person's, or
 * the average of a group. Annual amounts are converted to full time and the full period, as the
 * pay-gap figures are, so that part-timers and leavers compare with the others. In euros, to the
 * cent (half up, once, from the exact value).
 *
 * @param hourly         hourly pay, total
 * @param hourlyBase     hourly basic pay, when annual pay is known (the split needs it)
 * @param hourlyVariable hourly variable pay, when annual pay is known
 * @param annual         full-time annual pay, total, when annual pay is known
 * @param annualBase     full-time annual basic pay
 * @param annualVariable full-time annual variable pay
 */
@API(status = API.Status.EXPERIMENTAL)
public record PayLevel(BigDecimal hourly, Optional<BigDecimal> hourlyBase, Optional<BigDecimal> hourlyVariable,
                       Optional<BigDecimal> annual, Optional<BigDecimal> annualBase, Optional<BigDecimal> annualVariable) {

    public PayLevel {
        Objects.requireNonNull(hourly, "hourly");
        Objects.requireNonNull(hourlyBase, "hourlyBase");
        Objects.requireNonNull(hourlyVariable, "hourlyVariable");
        Objects.requireNonNull(annual, "annual");
        Objects.requireNonNull(annualBase, "annualBase");
        Objects.requireNonNull(annualVariable, "annualVariable");
    }

    /** One person's pay level in the period, or empty when they were absent or have no pay. */
    public static Optional<PayLevel> of(EmployeeRecord r, ReferencePeriod period) {
        PayFacts pay = PayFacts.of(r, period);
        if (!pay.hasPay()) {
            return Optional.empty();
        }
        BigDecimal hourly = cents(Fraction.of(pay.hourlyN, pay.hourlyD), 1);
        if (!pay.hasAnnual) {
            return Optional.of(new PayLevel(hourly, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()));
        }
        return Optional.of(new PayLevel(hourly,
                Optional.of(cents(Fraction.of(pay.hourlyBaseN, pay.componentD), 1)),
                Optional.of(cents(Fraction.of(pay.hourlyVariableN, pay.componentD), 1)),
                Optional.of(cents(Fraction.of(pay.annualN, pay.annualD), 1)),
                Optional.of(cents(Fraction.of(pay.annualBaseN, pay.annualD), 1)),
                Optional.of(cents(Fraction.of(pay.annualVariableN, pay.annualD), 1))));
    }

    /** sum / people, to the cent, half up. */
    static BigDecimal cents(Fraction sum, long people) {
        return new BigDecimal(sum.numerator()).divide(new BigDecimal(sum.denominator().multiply(BigInteger.valueOf(people))),
                2, RoundingMode.HALF_UP);
    }
}
