package org.mixite.core.indicators.egapro;

import java.math.BigDecimal;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Indicator 2et3 (raises, promotions included), for 50-250, out of 35.
 *
 * @param ecart           {@code round1(|raw| × 100)}, in percentage points
 * @param ecartNombre     {@code round1(|raw| × min(femmes, hommes))}, the number-of-employees gap
 * @param notePourcentage points of {@code ecart}
 * @param noteNombre      points of {@code ecartNombre}
 * @param note            the larger of the two, or 35 by the correction-measure rule
 * @param favorable       by the sign of the unrounded {@code raw}; {@code egalite} only when it is exactly 0
 * @param correction      the correction-measure rule applied
 */
@API(status = API.Status.EXPERIMENTAL)
public record RaisesAndPromotionsScore(BigDecimal ecart, BigDecimal ecartNombre, int notePourcentage, int noteNombre,
        int note, Favorable favorable, boolean correction) implements Score {
    public static final int MAX = 35;

    public RaisesAndPromotionsScore {
        Objects.requireNonNull(ecart, "ecart");
        Objects.requireNonNull(ecartNombre, "ecartNombre");
        Objects.requireNonNull(favorable, "favorable");
    }

    @Override
    public int max() {
        return MAX;
    }
}
