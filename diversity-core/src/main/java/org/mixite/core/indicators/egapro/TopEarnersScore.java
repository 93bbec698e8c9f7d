package org.mixite.core.indicators.egapro;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Indicator 5 (the 10 highest earners), out of 10.
 *
 * @param resultat  {@code min(femmes, hommes)}, 0 to 5
 * @param favorable the majority sex, {@code egalite} at 5-5
 * @param note      0-1 → 0, 2-3 → 5, 4-5 → 10
 */
@API(status = API.Status.EXPERIMENTAL)
public record TopEarnersScore(int resultat, Favorable favorable, int note) implements Score {
    public static final int MAX = 10;

    public TopEarnersScore {
        Objects.requireNonNull(favorable, "favorable");
    }

    @Override
    public int max() {
        return MAX;
    }
}
