package org.mixite.core.report;

import java.util.Optional;
import org.apiguardian.api.API;
import org.mixite.core.indicators.composition.CompositionResult;
import org.mixite.core.indicators.composition.Federation;
import org.mixite.core.indicators.egapro.EgaproResult;
import org.mixite.core.indicators.egapro.records.EgaproAggregation;
import org.mixite.core.indicators.paygap.PayGapReport;
import org.mixite.core.indicators.rixain.RixainResult;

/**
 * The results of an {@link IndicatorSuite}: everything a full report shows.
 *
 * @param egapro          the Egapro index; empty when the records cannot give the form's input
 *                        (e.g. fewer than 10 paid employees for indicator 5), with the reason in
 *                        {@code egaproProblem}
 */
@API(status = API.Status.STABLE)
public record IndicatorResults(IndicatorSuite.ReportSettings settings, EgaproAggregation egaproInput,
                               java.util.Optional<EgaproResult> egapro, java.util.Optional<String> egaproProblem,
                               RixainResult rixain, PayGapReport payGap, CompositionResult composition,
                               Optional<Federation.Result> federation) {

    /** The headline figures of these results. */
    public Headlines headlines() {
        return Headlines.of(this);
    }
}
