package org.mixite.core.indicators.egapro;

import java.math.BigDecimal;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * How indicator 2et3 was computed. Rates are fractions (0.25 = 25%) at 34 significant digits;
 * the scores come from the exact fractions.
 *
 * @param rawGap {@code rateH − rateF}, whose sign decides {@code favorable}
 */
@API(status = API.Status.EXPERIMENTAL)
public record RaisesAndPromotionsExplanation(int femmes, int hommes, int femmesAugmentees, int hommesAugmentes,
        BigDecimal rateFemmes, BigDecimal rateHommes, BigDecimal rawGap) {
    public RaisesAndPromotionsExplanation {
        Objects.requireNonNull(rateFemmes, "rateFemmes");
        Objects.requireNonNull(rateHommes, "rateHommes");
        Objects.requireNonNull(rawGap, "rawGap");
    }
}
