package org.mixite.core.indicators.egapro;

import java.math.BigDecimal;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Indicator 2 (raises, out of 20) or 3 (promotions, out of 15), for 251+.
 *
 * @param ecart      {@code round1(|weighted rate gap|)}, in percentage points
 * @param favorable  the sex the gap favours, {@code egalite} when {@code ecart} is 0.0
 * @param tableNote  points from the table, before the correction-measure rule
 * @param note       points awarded: {@code max} when {@code correction}, else {@code tableNote}
 * @param max        20 for raises, 15 for promotions
 * @param correction the correction-measure rule applied (the gap favours the sex that indicator 1 disfavours)
 */
@API(status = API.Status.EXPERIMENTAL)
public record RateGapScore(BigDecimal ecart, Favorable favorable, int tableNote, int note, int max, boolean correction)
        implements Score {
    public RateGapScore {
        Objects.requireNonNull(ecart, "ecart");
        Objects.requireNonNull(favorable, "favorable");
    }
}
