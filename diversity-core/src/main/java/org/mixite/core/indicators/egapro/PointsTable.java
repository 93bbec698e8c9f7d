package org.mixite.core.indicators.egapro;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.apiguardian.api.API;

/**
 * The official points tables, indexed by {@code ceil(ecart)}. An index at or beyond a table's
 * end scores 0.
 */
@API(status = API.Status.EXPERIMENTAL)
public enum PointsTable {
    /** Indicator 1: 0 → 40, (0,1] → 39, … (19,20] → 2, above 20 → 0. */
    PAY_GAP(40, 39, 38, 37, 36, 35, 34, 33, 31, 29, 27, 25, 23, 21, 19, 17, 14, 11, 8, 5, 2, 0),
    /** Indicator 2: ≤2 → 20, ≤5 → 10, ≤10 → 5, above 10 → 0. */
    RAISES(20, 20, 20, 10, 10, 10, 5, 5, 5, 5, 5, 0),
    /** Indicator 3: ≤2 → 15, ≤5 → 10, ≤10 → 5, above 10 → 0. */
    PROMOTIONS(15, 15, 15, 10, 10, 10, 5, 5, 5, 5, 5, 0),
    /** Indicator 2et3, for each of its two results: ≤2 → 35, ≤5 → 25, ≤10 → 15, above 10 → 0. */
    RAISES_AND_PROMOTIONS(35, 35, 35, 25, 25, 25, 15, 15, 15, 15, 15, 0);

    private final int[] points;

    PointsTable(int... points) {
        this.points = points;
    }

    /** The maximum, the points of a zero gap. */
    public int max() {
        return points[0];
    }

    /** Points of a gap {@code ecart ≥ 0}: {@code table[ceil(ecart)]}, 0 beyond the table. */
    public int points(BigDecimal ecart) {
        if (ecart.signum() < 0) {
            throw new IllegalArgumentException("ecart must not be negative: " + ecart);
        }
        if (ecart.compareTo(BigDecimal.valueOf(points.length)) >= 0) {
            return 0;
        }
        int k = ecart.setScale(0, RoundingMode.CEILING).intValueExact();
        return k < points.length ? points[k] : 0;
    }
}
