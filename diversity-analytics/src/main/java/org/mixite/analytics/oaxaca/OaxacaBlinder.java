package org.mixite.analytics.oaxaca;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apiguardian.api.API;
import org.mixite.analytics.regression.AdjustedGap;
import org.mixite.analytics.regression.Fit;
import org.mixite.analytics.regression.Term;

/**
 * Two-fold Oaxaca-Blinder decomposition with pooled reference coefficients: β* are the
 * coefficients of the pooled regression of both sexes <em>with the group (female) indicator</em>
 * (Fortin 2006; Jann 2008, Stata {@code oaxaca, pooled}), which keeps the group difference out
 * of β* (Neumark's 1988 pooled model without the indicator lets it leak into the explained part).
 *
 * <p>Gap Δ = ȳ_m − ȳ_f; explained = Σ over control columns (x̄_m − x̄_f)·β*; unexplained = −β_female.
 * Because the regression has an intercept and the female indicator, its residuals average zero
 * among women and among men, so explained + unexplained = Δ (checked by the tests, not
 * assumed). Each control's contribution is the sum over its columns.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class OaxacaBlinder {

    public static final String POOLED = "pooled with group indicator (Jann 2008)";

    private OaxacaBlinder() {
    }

    public static Decomposition decompose(Fit fit) {
        if (fit.gap() instanceof AdjustedGap.NotComputable nc) {
            return new Decomposition.NotComputable(nc.reason());
        }
        AdjustedGap.Estimate estimate = (AdjustedGap.Estimate) fit.gap();
        Map<String, Double> contributions = new LinkedHashMap<>();
        double explained = 0;
        for (Term t : fit.terms()) {
            if (t.control().isPresent()) {
                double part = (t.meanMale() - t.meanFemale()) * t.coefficient();
                explained += part;
                contributions.merge(t.control().get().key(), part, Double::sum);
            }
        }
        double total = fit.meanLogMale() - fit.meanLogFemale();
        return new Decomposition.Computed(total, explained, -estimate.coefficient(), POOLED, contributions);
    }
}
