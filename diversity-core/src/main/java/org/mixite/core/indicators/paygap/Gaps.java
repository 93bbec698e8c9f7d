package org.mixite.core.indicators.paygap;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * The gap of regulations.md, "Common definitions": (men − women) / men × 100, positive when men
 * are paid more, null (empty) without men, without women or when the men's value is 0. Sums and
 * medians come in as exact {@link Fraction}s; every figure is computed as one exact fraction of
 * integers and rounded once, to one decimal, half up.
 */
final class Gaps {

    static final int SCALE = 1;
    private static final BigInteger HUNDRED = BigInteger.valueOf(100);

    private Gaps() {
    }

    /**
     * The mean gap as numerator / denominator of integers: with sums sW = pW/qW and sM = pM/qM,
     * (sM/nM − sW/nW) / (sM/nM) × 100 = (pM·qW·nW − pW·qM·nM) × 100 / (pM·qW·nW). Null when undefined.
     */
    private static BigInteger[] meanGapFraction(Fraction sumWomen, long women, Fraction sumMen, long men) {
        if (women == 0 || men == 0 || sumMen.signum() == 0) {
            return null;
        }
        BigInteger menPart = sumMen.numerator().multiply(sumWomen.denominator()).multiply(BigInteger.valueOf(women));
        BigInteger womenPart = sumWomen.numerator().multiply(sumMen.denominator()).multiply(BigInteger.valueOf(men));
        BigInteger numerator = menPart.subtract(womenPart).multiply(HUNDRED);
        return menPart.signum() < 0 ? new BigInteger[] {numerator.negate(), menPart.negate()} : new BigInteger[] {numerator, menPart};
    }

    /** The gap of the means, to one decimal. */
    static Optional<BigDecimal> meanGap(Fraction sumWomen, long women, Fraction sumMen, long men) {
        BigInteger[] g = meanGapFraction(sumWomen, women, sumMen, men);
        return g == null ? Optional.empty() : Optional.of(round(g[0], g[1]));
    }

    /** Whether |mean gap| ≥ threshold, compared exactly (Art. 10). */
    static boolean meanGapAtLeast(Fraction sumWomen, long women, Fraction sumMen, long men, BigDecimal threshold) {
        BigInteger[] g = meanGapFraction(sumWomen, women, sumMen, men);
        return g != null && new BigDecimal(g[0].abs()).compareTo(threshold.multiply(new BigDecimal(g[1]))) >= 0;
    }

    /** The gap of the medians, from twice the medians (null when a sex has no value). */
    static Optional<BigDecimal> medianGap(Fraction twiceMedianWomen, Fraction twiceMedianMen) {
        if (twiceMedianWomen == null || twiceMedianMen == null || twiceMedianMen.signum() == 0) {
            return Optional.empty();
        }
        // (M − W) / M with M = a/b, W = c/d: (a·d − c·b) / (a·d)
        BigInteger men = twiceMedianMen.numerator().multiply(twiceMedianWomen.denominator());
        BigInteger women = twiceMedianWomen.numerator().multiply(twiceMedianMen.denominator());
        BigInteger numerator = men.subtract(women).multiply(HUNDRED);
        return Optional.of(men.signum() < 0 ? round(numerator.negate(), men.negate()) : round(numerator, men));
    }

    /** part / whole × 100 to one decimal, empty when whole is 0. */
    static Optional<BigDecimal> percent(long part, long whole) {
        if (whole == 0) {
            return Optional.empty();
        }
        return Optional.of(BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), SCALE, RoundingMode.HALF_UP));
    }

    /** Women's mean / men's mean to 2 decimals (GRI 405-2), empty when a sex is absent or men's mean is 0. */
    static Optional<BigDecimal> ratio(Fraction sumWomen, long women, Fraction sumMen, long men) {
        if (women == 0 || men == 0 || sumMen.signum() == 0) {
            return Optional.empty();
        }
        BigInteger numerator = sumWomen.numerator().multiply(sumMen.denominator()).multiply(BigInteger.valueOf(men));
        BigInteger denominator = sumMen.numerator().multiply(sumWomen.denominator()).multiply(BigInteger.valueOf(women));
        if (denominator.signum() < 0) {
            numerator = numerator.negate();
            denominator = denominator.negate();
        }
        return Optional.of(new BigDecimal(numerator).divide(new BigDecimal(denominator), 2, RoundingMode.HALF_UP));
    }

    /** numerator / denominator (denominator > 0) to one decimal, half up (away from zero at .x5). */
    private static BigDecimal round(BigInteger numerator, BigInteger denominator) {
        return new BigDecimal(numerator).divide(new BigDecimal(denominator), SCALE, RoundingMode.HALF_UP);
    }
}
