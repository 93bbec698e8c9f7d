package org.mixite.core.indicators.paygap;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** The derived amounts (regulations.md: hourly pay, full-time pay) are exact quotients rounded once, half up. */
class PayFactsProperties {

    @Property(tries = 3000)
    @Label("quotient(a, m, d, n, s) = a·m·10^s / (d·n) rounded half up, as BigDecimal computes it, on the long path and the overflow path")
    void quotientIsTheExactRoundedQuotient(@ForAll long unscaledAmount, @ForAll @IntRange(min = 0, max = 4) int amountScale,
                                           @ForAll @LongRange(min = 1, max = 400) long multiplier,
                                           @ForAll @LongRange(min = 1, max = 100_000_000) long unscaledDivisor,
                                           @ForAll @IntRange(min = 0, max = 6) int divisorScale,
                                           @ForAll @LongRange(min = 1, max = 20_000) long divisorMultiplier,
                                           @ForAll @IntRange(min = 6, max = 9) int scale) {
        BigDecimal amount = BigDecimal.valueOf(unscaledAmount, amountScale);
        BigDecimal divisor = BigDecimal.valueOf(unscaledDivisor, divisorScale);
        BigDecimal exact = amount.multiply(BigDecimal.valueOf(multiplier)).movePointRight(scale)
                .divide(divisor.multiply(BigDecimal.valueOf(divisorMultiplier)), 0, RoundingMode.HALF_UP);
        if (exact.toBigIntegerExact().bitLength() < 63) {
            assertThat(PayFacts.quotient(amount, multiplier, divisor, divisorMultiplier, scale)).isEqualTo(exact.longValueExact());
        }
    }

    @Property(tries = 1000)
    @Label("ties round away from zero: 1/2 → 1, −1/2 → −1, 3/2 → 2")
    void halfUp(@ForAll @LongRange(min = -1_000_000, max = 1_000_000) long k) {
        // (2k + 1) / 2 = k + 1/2 exactly: half up gives k + 1 for k ≥ 0, k for k < 0 (away from zero).
        long got = PayFacts.quotient(BigDecimal.valueOf(2 * k + 1), 1, BigDecimal.valueOf(2), 1, 0);
        assertThat(got).isEqualTo(k >= 0 ? k + 1 : k);
    }

    @Property(tries = 2000)
    @Label("micros and nanos scale given amounts exactly")
    void scaled(@ForAll long unscaled, @ForAll @IntRange(min = 0, max = 12) int scale) {
        BigDecimal euros = BigDecimal.valueOf(unscaled, scale);
        BigDecimal exact = euros.movePointRight(9).setScale(0, RoundingMode.HALF_UP);
        if (exact.toBigIntegerExact().bitLength() < 63) {
            assertThat(PayFacts.nanos(euros)).isEqualTo(exact.longValueExact());
        }
    }
}
