package org.mixite.core.indicators.egapro;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.mixite.core.indicators.egapro.EgaproInput.MaternityReturns;
import org.mixite.core.indicators.egapro.EgaproInput.TopEarners;

/**
 * The Egapro index and its indicators. {@code augmentations} and {@code promotions} are present
 * for 251+, {@code augmentationsEtPromotions} for 50-250.
 *
 * @param points      sum of the calculable indicators' points
 * @param pointsMax   sum of their maxima
 * @param index       {@code round(points × 100 / pointsMax)}, half up; empty when {@code pointsMax < 75}
 * @param obligations what the employer must do; progress objectives and corrective measures only with an index
 */
@API(status = API.Status.STABLE)
public record EgaproResult(
        Tranche tranche,
        Indicator<PayGapScore, GroupedGapExplanation> remunerations,
        Optional<Indicator<RateGapScore, GroupedGapExplanation>> augmentations,
        Optional<Indicator<RateGapScore, GroupedGapExplanation>> promotions,
        Optional<Indicator<RaisesAndPromotionsScore, RaisesAndPromotionsExplanation>> augmentationsEtPromotions,
        Indicator<MaternityScore, MaternityReturns> congesMaternite,
        Indicator<TopEarnersScore, TopEarners> hautesRemunerations,
        int points,
        int pointsMax,
        Optional<Integer> index,
        List<Obligation> obligations) {

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

    /** False when {@code pointsMax < 75}: the index is then not calculable. */
    public boolean calculable() {
        return index.isPresent();
    }
}
