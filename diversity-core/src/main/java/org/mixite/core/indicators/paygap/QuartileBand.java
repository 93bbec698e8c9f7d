package org.mixite.core.indicators.paygap;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * One of the four pay quartile bands, lower to upper: its people by sex, and the % of women and
 * of men in it (one decimal, each rounded on its own; empty for an empty band).
 */
@API(status = API.Status.EXPERIMENTAL)
public record QuartileBand(long women, long men, Optional<BigDecimal> femalePercent, Optional<BigDecimal> malePercent) {

    public QuartileBand {
        Objects.requireNonNull(femalePercent, "femalePercent");
        Objects.requireNonNull(malePercent, "malePercent");
    }

    public long size() {
        return women + men;
    }
}
