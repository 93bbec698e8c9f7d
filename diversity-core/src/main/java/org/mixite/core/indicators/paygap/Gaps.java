package org.mixite.core.indicators.paygap;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * The gap of regulations.md, "Common definitions": (men − women) / men × 100, positive when men
 * are paid more, null (empty) without men, without women or when the men's value is 0. Every
 * figure is an exact fraction of integers, rounded once, to one decimal, half up.
 */
final class Gaps {

    static final int SCALE = 1;

    private Gaps() {
    }

    /** The gap of the means: sums in micro-euros and counts. */
    static Optional<BigDecimal> meanGap(BigInteger sumWomen, long women, BigInteger sumMen, long men) {
        if (women == 0 || men == 0 || sumMen.signum() == 0) {
            return Optional.empty();
        }
        // (sM/nM − sW/nW) / (sM/nM) × 100 = (sM·nW − sW·nM) × 100 / (sM·nW)
        BigInteger numerator = sumMen.multiply(BigInteger.valueOf(women)).subtract(sumWomen.multiply(BigInteger.valueOf(men)))
                .multiply(BigInteger.valueOf(100));
        BigInteger denominator = sumMen.multiply(BigInteger.valueOf(women));
        return Optional.of(new BigDecimal(numerator).divide(new BigDecimal(denominator), SCALE, RoundingMode.HALF_UP));
    }

    /** The exact, unrounded mean gap, for thresholds that compare before rounding (Art. 10). */
    static Optional<BigDecimal> meanGapExact(BigInteger sumWomen, long women, BigInteger sumMen, long men, int scale) {
        if (women == 0 || men == 0 || sumMen.signum() == 0) {
            return Optional.empty();
        }
        BigInteger numerator = sumMen.multiply(BigInteger.valueOf(women)).subtract(sumWomen.multiply(BigInteger.valueOf(men)))
                .multiply(BigInteger.valueOf(100));
        BigInteger denominator = sumMen.multiply(BigInteger.valueOf(women));
        return Optional.of(new BigDecimal(numerator).divide(new BigDecimal(denominator), scale, RoundingMode.HALF_UP));
    }

    /** Whether |mean gap| ≥ threshold, compared exactly: |num| ≥ threshold × den. */
    static boolean meanGapAtLeast(BigInteger sumWomen, long women, BigInteger sumMen, long men, BigDecimal threshold) {
        if (women == 0 || men == 0 || sumMen.signum() == 0) {
            return false;
        }
        BigInteger numerator = sumMen.multiply(BigInteger.valueOf(women)).subtract(sumWomen.multiply(BigInteger.valueOf(men)))
                .multiply(BigInteger.valueOf(100)).abs();
        BigInteger denominator = sumMen.multiply(BigInteger.valueOf(women));
        return new BigDecimal(numerator).compareTo(threshold.multiply(new BigDecimal(denominator))) >= 0;
    }

    /** Whether the mean gap is positive (women disfavoured) and ≥ threshold, compared exactly. */
    static boolean positiveMeanGapAtLeast(BigInteger sumWomen, long women, BigInteger sumMen, long men, BigDecimal threshold) {
        if (women == 0 || men == 0 || sumMen.signum() == 0) {
            return false;
        }
        BigInteger numerator = sumMen.multiply(BigInteger.valueOf(women)).subtract(sumWomen.multiply(BigInteger.valueOf(men)))
                .multiply(BigInteger.valueOf(100));
        BigInteger denominator = sumMen.multiply(BigInteger.valueOf(women));
        return new BigDecimal(numerator).compareTo(threshold.multiply(new BigDecimal(denominator))) >= 0;
    }

    /** The gap of the medians, from twice the medians (-1 when a sex has no value). */
    static Optional<BigDecimal> medianGap(long twiceMedianWomen, long twiceMedianMen) {
        if (twiceMedianWomen < 0 || twiceMedianMen <= 0) {
            return Optional.empty();
        }
        return Optional.of(BigDecimal.valueOf(twiceMedianMen - twiceMedianWomen).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(twiceMedianMen), SCALE, RoundingMode.HALF_UP));
    }

    /** part / whole × 100 to one decimal, empty when whole is 0. */
    static Optional<BigDecimal> percent(long part, long whole) {
        if (whole == 0) {
            return Optional.empty();
        }
        return Optional.of(BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), SCALE, RoundingMode.HALF_UP));
    }

    /** Women's mean / men's mean to 2 decimals (GRI 405-2), empty when a sex is absent or men's mean is 0. */
    static Optional<BigDecimal> ratio(BigInteger sumWomen, long women, BigInteger sumMen, long men) {
        if (women == 0 || men == 0 || sumMen.signum() == 0) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(sumWomen.multiply(BigInteger.valueOf(men)))
                .divide(new BigDecimal(sumMen.multiply(BigInteger.valueOf(women))), 2, RoundingMode.HALF_UP));
    }
}
