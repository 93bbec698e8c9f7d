package org.mixite.core.indicators.egapro.records;

import java.util.Objects;
import org.apiguardian.api.API;
import org.mixite.core.indicators.egapro.EgaproInput;

/**
 * The aggregated input derived from records (the contract's {@code entree}) and who was counted.
 */
@API(status = API.Status.EXPERIMENTAL)
public record EgaproAggregation(EgaproInput input, AggregationSummary summary) {
    public EgaproAggregation {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(summary, "summary");
    }
}
