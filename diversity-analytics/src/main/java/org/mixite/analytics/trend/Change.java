package org.mixite.analytics.trend;

import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The change from one period to the next (later − earlier); each figure is empty when either
 * period lacks it.
 *
 * @param from              the earlier period's label
 * @param to                the later period's label
 * @param rawGap            the change of the raw gap, in percentage points
 * @param adjustedGap       the change of the adjusted gap, in percentage points
 * @param explained         the change of the explained part, in log points
 * @param unexplained       the change of the unexplained part, in log points
 * @param z                 the z statistic of the change of the female coefficient,
 *                          (β₂ − β₁) / √(se₁² + se₂²), treating the periods as independent samples
 * @param pValue            its two-sided p-value (standard normal)
 * @param significant       p &lt; 0.05
 * @param beyondInterval    whether the later adjusted gap lies outside the earlier one's 95% interval
 * @param egaproIndicator1Points the change of Egapro indicator 1's points (out of 40)
 * @param newlyFlagged      categories at or over 5% in the later period only (Art. 10)
 * @param noLongerFlagged   categories at or over 5% in the earlier period only
 */
@API(status = API.Status.EXPERIMENTAL)
public record Change(String from, String to, Optional<Double> rawGap, Optional<Double> adjustedGap,
                     Optional<Double> explained, Optional<Double> unexplained, Optional<Double> z,
                     Optional<Double> pValue, Optional<Boolean> significant, Optional<Boolean> beyondInterval,
                     Optional<Integer> egaproIndicator1Points, List<String> newlyFlagged, List<String> noLongerFlagged) {

    public Change {
        newlyFlagged = List.copyOf(newlyFlagged);
        noLongerFlagged = List.copyOf(noLongerFlagged);
    }
}
