package org.mixite.core.indicators.egapro;

import java.math.BigDecimal;
import java.util.Objects;
import org.apiguardian.api.API;

/** Indicator 4: the % of women raised on return from maternity leave; 100 scores 15, anything else 0. */
@API(status = API.Status.EXPERIMENTAL)
public record MaternityScore(BigDecimal resultat, int note, int retours, int augmenteesAuRetour)
        implements Indicator.Scored {

    public static final int MAX = 15;

    public MaternityScore {
        Objects.requireNonNull(resultat, "resultat");
    }

    @Override
    public int max() {
        return MAX;
    }
}
