package org.mixite.core.indicators.egapro;

import java.math.BigDecimal;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Indicator 4 (return from maternity leave), out of 15.
 *
 * @param resultat {@code augmenteesAuRetour / retours × 100}, in percent: an integer (scale 0) when that is
 *                 a whole number, e.g. 100, else {@code round1} of it with one decimal, e.g. 66.7
 * @param note     15 when every return was raised, else 0 (decided on the counts, not the rounded figure)
 */
@API(status = API.Status.EXPERIMENTAL)
public record MaternityScore(BigDecimal resultat, int note) implements Score {
    public static final int MAX = 15;

    public MaternityScore {
        Objects.requireNonNull(resultat, "resultat");
    }

    @Override
    public int max() {
        return MAX;
    }
}
