package org.mixite.core.indicators.egapro;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Indicator 1, the pay gap: the rounded gap, its points out of 40, the sex it favours, and
 * every intermediate figure (egapro.md §3, indicator 1).
 */
@API(status = API.Status.EXPERIMENTAL)
public record PayGapScore(BigDecimal ecart, int note, Favorable favorable, Explanation explanation)
        implements Indicator.Scored {

    public static final int MAX = 40;

    public PayGapScore {
        Objects.requireNonNull(ecart, "ecart");
        Objects.requireNonNull(favorable, "favorable");
        Objects.requireNonNull(explanation, "explanation");
    }

    @Override
    public int max() {
        return MAX;
    }

    /**
     * How the gap was reached.
     *
     * @param pertinenceThreshold points taken off each group's gap (5 by CSP, 2 by level)
     * @param totalHeadcount      people in all groups
     * @param validHeadcount      people in valid groups (at least 3 women and 3 men)
     * @param weightedGap         Σ adjusted gap × weight, before rounding; positive when men are paid more
     */
    public record Explanation(Modalite modalite, BigDecimal pertinenceThreshold, long totalHeadcount,
                              long validHeadcount, List<ValidGroup> validGroups, List<ExcludedGroup> excludedGroups,
                              BigDecimal weightedGap) {
        public Explanation {
            validGroups = List.copyOf(validGroups);
            excludedGroups = List.copyOf(excludedGroups);
        }
    }

    /**
     * A valid group.
     *
     * @param rawGap      (men's average − women's average) / men's average × 100
     * @param adjustedGap the raw gap moved toward 0 by the pertinence threshold
     * @param weight      the group's headcount / the valid headcount
     */
    public record ValidGroup(String categorie, AgeBand trancheAge, int femmes, int hommes, BigDecimal rawGap,
                             BigDecimal adjustedGap, BigDecimal weight) {
    }
}
