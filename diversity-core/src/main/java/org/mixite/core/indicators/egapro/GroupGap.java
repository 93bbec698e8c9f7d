package org.mixite.core.indicators.egapro;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A valid group's part in indicator 1, 2 or 3. Figures are shown at 34 significant digits;
 * the indicator's {@code ecart} is computed from the exact fractions, not from these.
 *
 * @param categorie   CSP code or level label
 * @param trancheAge  the age band (indicator 1 only)
 * @param femmes      women in the group
 * @param hommes      men in the group
 * @param weight      the group's headcount / the valid headcount
 * @param gap         men minus women: pay gap in percent of men's average (1), or rate gap in points (2, 3)
 * @param adjustedGap the gap after the pertinence threshold (indicator 1); equal to {@code gap} for 2 and 3
 */
@API(status = API.Status.EXPERIMENTAL)
public record GroupGap(String categorie, Optional<AgeBand> trancheAge, int femmes, int hommes, BigDecimal weight,
        BigDecimal gap, BigDecimal adjustedGap) {
    public GroupGap {
        Objects.requireNonNull(categorie, "categorie");
        Objects.requireNonNull(trancheAge, "trancheAge");
        Objects.requireNonNull(weight, "weight");
        Objects.requireNonNull(gap, "gap");
        Objects.requireNonNull(adjustedGap, "adjustedGap");
    }

    public int effectif() {
        return femmes + hommes;
    }
}
