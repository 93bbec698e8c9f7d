package org.mixite.analytics.remediation;

import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.mixite.analytics.regression.AdjustedGap;

/**
 * The headline figures of a sample, before or after raises.
 *
 * @param rawGap             the mean hourly gap in %, (men − women) / men; empty with one sex
 * @param flaggedCategories  the categories with |gap| ≥ 5% (Art. 10), by name
 * @param adjusted           the adjusted gap
 */
@API(status = API.Status.EXPERIMENTAL)
public record Indicators(Optional<Double> rawGap, List<String> flaggedCategories, AdjustedGap adjusted) {
    public Indicators {
        flaggedCategories = List.copyOf(flaggedCategories);
    }
}
