package org.mixite.analytics.trend;

import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.mixite.analytics.AnalyticsSample;
import org.mixite.analytics.oaxaca.Decomposition;
import org.mixite.analytics.oaxaca.OaxacaBlinder;
import org.mixite.analytics.regression.AdjustedGap;
import org.mixite.analytics.regression.Fit;
import org.mixite.analytics.regression.PayRegression;
import org.mixite.analytics.remediation.RemediationSimulator;

/**
 * The headline analytics of one period.
 *
 * @param label    the period, e.g. "2025"
 * @param rawGap   the mean hourly gap in % of the analysed sample; empty with one sex
 * @param adjusted the adjusted gap
 * @param oaxaca   the decomposition
 */
@API(status = API.Status.EXPERIMENTAL)
public record PeriodFigures(String label, Optional<Double> rawGap, AdjustedGap adjusted, Decomposition oaxaca) {

    public PeriodFigures {
        Objects.requireNonNull(label, "label");
    }

    /** Computes the figures of one period's sample. */
    public static PeriodFigures of(String label, AnalyticsSample sample) {
        Fit fit = PayRegression.fit(sample);
        return new PeriodFigures(label, RemediationSimulator.indicators(sample).rawGap(), fit.gap(),
                OaxacaBlinder.decompose(fit));
    }
}
