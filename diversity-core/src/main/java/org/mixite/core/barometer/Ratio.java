package org.mixite.core.barometer;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * An exact non-negative fraction, for women's shares that are compared, interpolated and
 * differenced before the one rounding of the published figure (one decimal, half up): a share
 * such as 1/3 has no finite decimal, and a quartile or a change rounded from an already rounded
 * share could land on the other side of a half.
 */
record Ratio(BigInteger numerator, BigInteger denominator) implements Comparable<Ratio> {

    static final Ratio ZERO = new Ratio(BigInteger.ZERO, BigInteger.ONE);

    Ratio {
        if (denominator.signum() <= 0) {
            throw new IllegalArgumentException("denominator must be positive: " + denominator);
        }
        BigInteger gcd = numerator.gcd(denominator);
        if (gcd.signum() > 0 && !gcd.equals(BigInteger.ONE)) {
            numerator = numerator.divide(gcd);
            denominator = denominator.divide(gcd);
        }
    }

    static Ratio of(long numerator, long denominator) {
        return new Ratio(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator));
    }

    static Ratio of(BigDecimal value) {
        return value.scale() <= 0 ? new Ratio(value.toBigIntegerExact(), BigInteger.ONE)
                : new Ratio(value.unscaledValue(), BigInteger.TEN.pow(value.scale()));
    }

    Ratio plus(Ratio o) {
        return new Ratio(numerator.multiply(o.denominator).add(o.numerator.multiply(denominator)), denominator.multiply(o.denominator));
    }

    Ratio minus(Ratio o) {
        return new Ratio(numerator.multiply(o.denominator).subtract(o.numerator.multiply(denominator)), denominator.multiply(o.denominator));
    }

    Ratio times(Ratio o) {
        return new Ratio(numerator.multiply(o.numerator), denominator.multiply(o.denominator));
    }

    /** × 100, one decimal, half up (away from zero for a negative change): the one rounding. */
    BigDecimal percent() {
        return new BigDecimal(numerator.multiply(BigInteger.valueOf(100))).divide(new BigDecimal(denominator), 1, RoundingMode.HALF_UP);
    }

    @Override
    public int compareTo(Ratio o) {
        return numerator.multiply(o.denominator).compareTo(o.numerator.multiply(denominator));
    }
}
