package org.mixite.core.equalvalue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * How points become categories: ascending thresholds, each the lowest number of points of the
 * next category. {@code n} thresholds give {@code n + 1} categories, EV1 (below the first) to
 * EV{n+1} (at or above the last).
 *
 * @param thresholds the ascending lower bounds of EV2, EV3, …
 * @param companySet whether the company set them ({@code # bands:} in the file) or they are the default
 * @param rationale  why these bands, in words (the default's rationale, or "set by the company")
 */
@API(status = API.Status.EXPERIMENTAL)
public record ScoreBands(List<BigDecimal> thresholds, boolean companySet, String rationale) {

    /** The default rationale, quoted in the reports and in docs/equal-value.md. */
    public static final String DEFAULT_RATIONALE = "default banding: each job goes to the level nearest its weighted "
            + "average score (points = weighted average x 100; band k holds 100k - 50 to under 100k + 50 points), so the "
            + "jobs of one category differ by less than one level on the weighted scale, the precision of the evaluation "
            + "itself (every score is a whole level)";

    public ScoreBands {
        thresholds = List.copyOf(thresholds);
        Objects.requireNonNull(rationale, "rationale");
        for (int i = 1; i < thresholds.size(); i++) {
            if (thresholds.get(i).compareTo(thresholds.get(i - 1)) <= 0) {
                throw new IllegalArgumentException("band thresholds must be strictly ascending");
            }
        }
    }

    /** The default for a scale of {@code levels} levels: one band per level, jobs rounded to the nearest level. */
    public static ScoreBands defaults(int levels) {
        List<BigDecimal> bounds = new java.util.ArrayList<>();
        for (int k = 1; k < levels; k++) {
            bounds.add(BigDecimal.valueOf(100L * k + 50));
        }
        return new ScoreBands(bounds, false, DEFAULT_RATIONALE);
    }

    /** Bands the company set. */
    public static ScoreBands of(List<BigDecimal> thresholds) {
        return new ScoreBands(thresholds, true, "bands set by the company");
    }

    /** The index (0-based) of the band holding {@code points}. */
    public int band(BigDecimal points) {
        int band = 0;
        while (band < thresholds.size() && points.compareTo(thresholds.get(band)) >= 0) {
            band++;
        }
        return band;
    }

    /** The number of bands. */
    public int size() {
        return thresholds.size() + 1;
    }
}
