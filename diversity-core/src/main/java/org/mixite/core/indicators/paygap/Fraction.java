package org.mixite.core.indicators.paygap;

import java.math.BigInteger;
import java.util.Objects;

/**
 * An exact non-negative-denominator fraction of euros, for the sums and medians that the gaps
 * are computed from: derived hourly and full-time pay are quotients (pay / hours) that no finite
 * decimal holds, and regulations.md rounds only the published figure.
 */
record Fraction(BigInteger numerator, BigInteger denominator) {

    static final Fraction ZERO = new Fraction(BigInteger.ZERO, BigInteger.ONE);

    Fraction {
        Objects.requireNonNull(numerator, "numerator");
        if (denominator.signum() <= 0) {
            throw new IllegalArgumentException("denominator must be positive: " + denominator);
        }
    }

    static Fraction of(long numerator, long denominator) {
        return new Fraction(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator));
    }

    static Fraction of(BigInteger numerator, long denominator) {
        return new Fraction(numerator, BigInteger.valueOf(denominator));
    }

    int signum() {
        return numerator.signum();
    }
}
