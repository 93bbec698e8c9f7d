package org.mixite.core.indicators.egapro;

import java.math.BigDecimal;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Indicator 1 (écart de rémunération), out of 40.
 *
 * @param ecart     {@code round1(|weighted gap|)}, in percent, one decimal
 * @param favorable the sex the gap favours, {@code egalite} when {@code ecart} is 0.0
 * @param note      points by {@code ceil(ecart)}
 */
@API(status = API.Status.EXPERIMENTAL)
public record PayGapScore(BigDecimal ecart, Favorable favorable, int note) implements Score {
    public static final int MAX = 40;

    public PayGapScore {
        Objects.requireNonNull(ecart, "ecart");
        Objects.requireNonNull(favorable, "favorable");
    }

    @Override
    public int max() {
        return MAX;
    }
}
