package org.mixite.analytics.trend;

import java.util.List;
import org.apiguardian.api.API;

/**
 * Periods in order and the change between each consecutive pair.
 *
 * @param periods the periods, as given
 * @param changes one per consecutive pair
 */
@API(status = API.Status.EXPERIMENTAL)
public record Trend(List<PeriodFigures> periods, List<Change> changes) {
    public Trend {
        periods = List.copyOf(periods);
        changes = List.copyOf(changes);
    }
}
