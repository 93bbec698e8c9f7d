package org.mixite.core.report;

import java.util.Optional;
import org.apiguardian.api.API;
import org.mixite.core.indicators.composition.CompositionResult;
import org.mixite.core.indicators.composition.Federation;
import org.mixite.core.indicators.egapro.EgaproResult;
import org.mixite.core.indicators.egapro.records.EgaproAggregation;
import org.mixite.core.indicators.paygap.PayGapReport;
import org.mixite.core.indicators.rixain.RixainResult;

/** The results of an {@link IndicatorSuite}: everything a full report shows. */
@API(status = API.Status.EXPERIMENTAL)
public record IndicatorResults(IndicatorSuite.ReportSettings settings, EgaproAggregation egaproInput, EgaproResult egapro,
                               RixainResult rixain, PayGapReport payGap, CompositionResult composition,
                               Optional<Federation.Result> federation) {
}
