package org.mixite.analytics.regression;

import java.util.List;
import org.apiguardian.api.API;

/**
 * A fitted pay regression: the adjusted gap, the kept design columns and the group means.
 *
 * @param gap           the adjusted gap or why not
 * @param terms         the kept columns in design order (empty when not computable)
 * @param women         women in the sample
 * @param men           men in the sample
 * @param meanLogFemale women's mean log hourly pay (0 without women)
 * @param meanLogMale   men's mean log hourly pay (0 without men)
 */
@API(status = API.Status.EXPERIMENTAL)
public record Fit(AdjustedGap gap, List<Term> terms, long women, long men, double meanLogFemale, double meanLogMale) {
    public Fit {
        terms = List.copyOf(terms);
    }
}
