package org.mixite.core.indicators.egapro;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Indicator 2 (raises) or 3 (promotions), for 251+ employees: the weighted gap of rates in
 * percentage points, its points, the sex it favours, and whether the correction-measure rule
 * gave full points (egapro.md §3, indicators 2 and 3).
 */
@API(status = API.Status.EXPERIMENTAL)
public record RateGapScore(BigDecimal ecart, int note, int max, Favorable favorable, boolean correction,
                           Explanation explanation) implements Indicator.Scored {

    public RateGapScore {
        Objects.requireNonNull(ecart, "ecart");
        Objects.requireNonNull(favorable, "favorable");
        Objects.requireNonNull(explanation, "explanation");
    }

    /**
     * How the gap was reached.
     *
     * @param weightedGap Σ (men's rate − women's rate) × weight, before rounding
     */
    public record Explanation(long totalHeadcount, long validHeadcount, List<ValidGroup> validGroups,
                              List<ExcludedGroup> excludedGroups, BigDecimal weightedGap) {
        public Explanation {
            validGroups = List.copyOf(validGroups);
            excludedGroups = List.copyOf(excludedGroups);
        }
    }

    /** A valid CSP: at least 10 women and 10 men. */
    public record ValidGroup(Csp categorie, int femmes, int hommes, BigDecimal gap, BigDecimal weight) {
    }
}
