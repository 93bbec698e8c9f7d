package org.mixite.core.indicators.egapro;

import java.util.Objects;
import org.apiguardian.api.API;

/** Indicator 5: the number of the under-represented sex among the 10 highest earners. */
@API(status = API.Status.EXPERIMENTAL)
public record TopEarnersScore(int resultat, int note, Favorable favorable, int femmes, int hommes)
        implements Indicator.Scored {

    public static final int MAX = 10;

    public TopEarnersScore {
        Objects.requireNonNull(favorable, "favorable");
    }

    @Override
    public int max() {
        return MAX;
    }
}
