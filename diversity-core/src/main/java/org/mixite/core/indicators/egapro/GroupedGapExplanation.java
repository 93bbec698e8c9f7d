package org.mixite.core.indicators.egapro;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * How indicator 1, 2 or 3 was computed: valid and excluded groups, the headcounts behind the
 * 40% calculability rule, and the signed weighted gap (positive favours men).
 *
 * @param pertinenceThreshold 5 or 2 for indicator 1; empty for 2 and 3 (no threshold)
 * @param weightedGap         Σ adjusted gap × weight, before {@code round1(|…|)}; empty when not calculable.
 *                            Shown at 34 significant digits; {@code ecart} comes from the exact fraction
 */
@API(status = API.Status.EXPERIMENTAL)
public record GroupedGapExplanation(Optional<BigDecimal> pertinenceThreshold, List<GroupGap> validGroups,
        List<ExcludedGroup> excludedGroups, int validHeadcount, int totalHeadcount, Optional<BigDecimal> weightedGap) {
    public GroupedGapExplanation {
        Objects.requireNonNull(pertinenceThreshold, "pertinenceThreshold");
        validGroups = List.copyOf(validGroups);
        excludedGroups = List.copyOf(excludedGroups);
        Objects.requireNonNull(weightedGap, "weightedGap");
    }
}
