package org.mixite.core.indicators.composition;

import java.math.BigDecimal;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A company figure side by side with a reference: "technical digital jobs: 19% women vs 15%
 * national (source, year)".
 *
 * @param figure what the company's value measures, e.g. {@code technical_digital}
 * @param value  the company's women's share, empty when undefined
 */
@API(status = API.Status.EXPERIMENTAL)
public record BenchmarkComparison(String figure, Optional<BigDecimal> value, Benchmark reference) {
}
