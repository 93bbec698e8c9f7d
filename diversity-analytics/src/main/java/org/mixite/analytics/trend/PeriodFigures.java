package org.mixite.analytics.trend;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.mixite.analytics.AnalyticsSample;
import org.mixite.analytics.oaxaca.Decomposition;
import org.mixite.analytics.oaxaca.OaxacaBlinder;
import org.mixite.analytics.regression.AdjustedGap;
import org.mixite.analytics.regression.Fit;
import org.mixite.analytics.regression.PayRegression;
import org.mixite.analytics.remediation.Indicators;
import org.mixite.analytics.remediation.RemediationSimulator;
import org.mixite.core.indicators.egapro.PayGapScore;

/**
 * The headline analytics of one period.
 *
 * @param label    the period, e.g. "2025"
 * @param rawGap   the mean hourly gap in % of the analysed sample; empty with one sex
 * @param adjusted the adjusted gap
 * @param oaxaca   the decomposition
 * @param flaggedCategories the categories of workers with a mean gap of 5% or more (EU Directive Art. 10), sorted
 * @param egaproIndicator1  Egapro indicator 1 (the pay gap by group, its points out of 40); empty when not calculable
 * @param leftOutOfRegression people of the sample the regression left out, by reason ("missing tenure")
 */
@API(status = API.Status.EXPERIMENTAL)
public record PeriodFigures(String label, Optional<Double> rawGap, AdjustedGap adjusted, Decomposition oaxaca,
                            List<String> flaggedCategories, Optional<PayGapScore> egaproIndicator1,
                            Map<String, Long> leftOutOfRegression) {

    public PeriodFigures {
        Objects.requireNonNull(label, "label");
        flaggedCategories = List.copyOf(flaggedCategories);
        Objects.requireNonNull(egaproIndicator1, "egaproIndicator1");
        leftOutOfRegression = Map.copyOf(leftOutOfRegression);
    }

    /** Computes the figures of one period's sample. */
    public static PeriodFigures of(String label, AnalyticsSample sample) {
        Fit fit = PayRegression.fit(sample);
        Indicators headline = RemediationSimulator.indicators(sample, fit); // one regression, not two
        return new PeriodFigures(label, headline.rawGap(), fit.gap(), OaxacaBlinder.decompose(fit),
                headline.flaggedCategories(), headline.egaproPay(), sample.leftOutOfRegression());
    }
}
