package org.mixite.core.indicators.egapro;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The Egapro index: each indicator of the company's band, the points, and the index itself.
 * Indicators that do not apply to the band are empty (2 and 3 for 50–250, 2et3 for 251+).
 *
 * @param index       the index out of 100; empty when not calculable (pointsMax under 75)
 * @param obligations what the index obliges the company to do (egapro.md §3, "The index")
 */
@API(status = API.Status.EXPERIMENTAL)
public record EgaproResult(Tranche tranche,
                           Indicator<PayGapScore> remunerations,
                           Optional<Indicator<RateGapScore>> augmentations,
                           Optional<Indicator<RateGapScore>> promotions,
                           Optional<Indicator<RaisesAndPromotionsScore>> augmentationsEtPromotions,
                           Indicator<MaternityScore> congesMaternite,
                           Indicator<TopEarnersScore> hautesRemunerations,
                           int points, int pointsMax, Optional<Integer> index,
                           List<Obligation> obligations) {

    /** Below this many points at stake the index is not calculable. */
    public static final int MIN_POINTS_MAX = 75;

    public EgaproResult {
        Objects.requireNonNull(tranche, "tranche");
        Objects.requireNonNull(remunerations, "remunerations");
        Objects.requireNonNull(augmentations, "augmentations");
        Objects.requireNonNull(promotions, "promotions");
        Objects.requireNonNull(augmentationsEtPromotions, "augmentationsEtPromotions");
        Objects.requireNonNull(congesMaternite, "congesMaternite");
        Objects.requireNonNull(hautesRemunerations, "hautesRemunerations");
        Objects.requireNonNull(index, "index");
        obligations = List.copyOf(obligations);
    }

    public boolean calculable() {
        return index.isPresent();
    }

    /** What the law asks of the company given its index (Code du travail L1142-9 and following). */
    public enum Obligation {
        /** Always: publish the index and its indicators by 1 March. */
        PUBLISH_BY_1_MARCH,
        /** Index below 85: set and publish progress objectives for each indicator. */
        PROGRESS_OBJECTIVES,
        /** Index below 75: corrective measures, and the index must reach 75 within 3 years. */
        CORRECTIVE_MEASURES
    }
}
