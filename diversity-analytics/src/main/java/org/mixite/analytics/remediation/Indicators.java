package org.mixite.analytics.remediation;

import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.mixite.analytics.regression.AdjustedGap;
import org.mixite.core.indicators.egapro.PayGapScore;

/**
 * The headline figures of a sample, before or after raises.
 *
 * @param rawGap             the mean hourly gap in %, (men − women) / men; empty with one sex
 * @param flaggedCategories  the categories with |gap| ≥ 5% (Art. 10), by name
 * @param adjusted           the adjusted gap
 * @param egaproPay          Egapro indicator 1 (gap and points out of 40); empty when not calculable
 */
@API(status = API.Status.EXPERIMENTAL)
public record Indicators(Optional<Double> rawGap, List<String> flaggedCategories, AdjustedGap adjusted,
                         Optional<PayGapScore> egaproPay) {
    public Indicators {
        flaggedCategories = List.copyOf(flaggedCategories);
        java.util.Objects.requireNonNull(egaproPay, "egaproPay");
    }
}
