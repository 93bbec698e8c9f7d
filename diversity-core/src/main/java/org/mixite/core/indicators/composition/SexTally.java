package org.mixite.core.indicators.composition;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Headcount and full-time equivalents by sex in one cell, with the women's share and its 95%
 * Wilson interval (so that a team of 12 is not over-read).
 *
 * @param fteFemale FTE of women (Σ fte), 2 decimals
 */
@API(status = API.Status.EXPERIMENTAL)
public record SexTally(long female, long male, long unknown, BigDecimal fteFemale, BigDecimal fteMale) {

    /** An empty cell. */
    public static final SexTally EMPTY = new SexTally(0, 0, 0, BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2));

    /** z for a two-sided 95% interval. */
    static final double Z = 1.959963984540054;

    /** The sum of two cells. */
    public SexTally plus(SexTally o) {
        return new SexTally(female + o.female, male + o.male, unknown + o.unknown, fteFemale.add(o.fteFemale), fteMale.add(o.fteMale));
    }

    public long total() {
        return female + male + unknown;
    }

    /** F / (F + M) × 100, one decimal, half up; empty when F + M = 0. */
    public Optional<BigDecimal> womenShare() {
        long n = female + male;
        return n == 0 ? Optional.empty()
                : Optional.of(BigDecimal.valueOf(female * 100L).divide(BigDecimal.valueOf(n), 1, RoundingMode.HALF_UP));
    }

    /** The 95% Wilson score interval of the women's share, in percent, one decimal; empty when F + M = 0. */
    public Optional<Interval> wilson() {
        long n = female + male;
        if (n == 0) {
            return Optional.empty();
        }
        double p = (double) female / n;
        double z2 = Z * Z;
        double denominator = 1 + z2 / n;
        double centre = (p + z2 / (2 * n)) / denominator;
        double half = Z / denominator * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n));
        return Optional.of(new Interval(percent(Math.max(0, centre - half)), percent(Math.min(1, centre + half))));
    }

    private static BigDecimal percent(double fraction) {
        return BigDecimal.valueOf(fraction * 100).setScale(1, RoundingMode.HALF_UP);
    }

    /** A confidence interval in percent. */
    public record Interval(BigDecimal low, BigDecimal high) {
    }
}
