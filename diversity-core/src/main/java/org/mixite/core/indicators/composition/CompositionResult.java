package org.mixite.core.indicators.composition;

import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;
import org.mixite.core.privacy.Cell;
import org.mixite.spi.model.ReferencePeriod;

/**
 * The composition of a workforce by sex, its flows over the period, the leaky pipeline and the
 * comparison with national references. Breakdown cells under the minimum are suppressed; a
 * company's totals never are. A federation's total is withheld
 * ({@link org.mixite.core.privacy.SuppressionReason#FEW_CONTRIBUTORS}) when fewer than
 * {@value Federation#MIN_COMPANIES} companies have anybody.
 *
 * @param total      the people by sex, or withheld (federation only)
 * @param jobMapping the version of the job-family mapping used
 * @param pipeline   the women's share at each management step, from individual contributors to the board
 */
@API(status = API.Status.STABLE)
public record CompositionResult(ReferencePeriod period, String jobMapping, Cell<SexTally> total,
                                Map<Dimension, Map<String, Cell<SexTally>>> breakdowns, Flows flows,
                                List<PipelineStep> pipeline, List<BenchmarkComparison> benchmarks, int minCell) {

    /** One step of the pipeline. */
    public record PipelineStep(String level, Cell<SexTally> tally) {
    }
}
