package org.mixite.analytics.oaxaca;

import java.util.Map;
import org.apiguardian.api.API;

/**
 * The two-fold decomposition, in log points of hourly pay (0.05 ≈ 5%), positive when men are
 * paid more; or why it is not computable.
 */
@API(status = API.Status.EXPERIMENTAL)
public sealed interface Decomposition {

    /**
     * @param totalGap      men's mean log hourly pay − women's
     * @param explained     the part due to different characteristics (endowments), (x̄_m − x̄_f)'β*
     * @param unexplained   the rest, totalGap − explained; with the pooled reference, −β_female
     * @param reference     the reference coefficients, in words
     * @param contributions each control's part of {@code explained}, by control key in design order
     */
    record Computed(double totalGap, double explained, double unexplained, String reference,
                    Map<String, Double> contributions) implements Decomposition {
        public Computed {
            contributions = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(contributions));
        }
    }

    /** Not computable: the regression was not. */
    record NotComputable(String reason) implements Decomposition {
    }
}
