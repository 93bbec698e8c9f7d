package org.mixite.analytics.regression;

import java.util.Optional;
import org.apiguardian.api.API;
import org.mixite.analytics.Control;

/**
 * One column of the fitted design, with its coefficient and its mean among women and men
 * (what the Oaxaca-Blinder decomposition needs).
 *
 * @param label       "(intercept)", "female", "level=B", "fte"...
 * @param control     the control it belongs to; empty for the intercept and the female indicator
 * @param coefficient the OLS coefficient (on log hourly pay)
 * @param meanFemale  the column's mean among women
 * @param meanMale    the column's mean among men
 */
@API(status = API.Status.EXPERIMENTAL)
public record Term(String label, Optional<Control> control, double coefficient, double meanFemale, double meanMale) {
}
