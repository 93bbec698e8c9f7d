package org.mixite.core.indicators.egapro;

import java.math.BigDecimal;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Indicator 2et3, for 50–250 employees: the raise-rate gap in percentage points and in number
 * of employees, each scored, the better score kept (egapro.md §3, indicator 2et3).
 *
 * @param ecart           |rateH − rateF| × 100, rounded to one decimal
 * @param ecartNombre     |rateH − rateF| × min(women, men), rounded to one decimal
 * @param rawGap          rateH − rateF, unrounded, as a fraction; its sign decides {@code favorable}
 */
@API(status = API.Status.EXPERIMENTAL)
public record RaisesAndPromotionsScore(BigDecimal ecart, BigDecimal ecartNombre, int notePourcentage, int noteNombre,
                                       int note, Favorable favorable, boolean correction, BigDecimal rawGap)
        implements Indicator.Scored {

    public static final int MAX = 35;

    public RaisesAndPromotionsScore {
        Objects.requireNonNull(ecart, "ecart");
        Objects.requireNonNull(ecartNombre, "ecartNombre");
        Objects.requireNonNull(favorable, "favorable");
        Objects.requireNonNull(rawGap, "rawGap");
    }

    @Override
    public int max() {
        return MAX;
    }
}
