package org.mixite.analytics.regression;

import java.util.List;
import org.apiguardian.api.API;

/**
 * The adjusted pay gap, or why it could not be computed.
 *
 * <p>Sign convention, the same as the raw gap of regulations.md: positive when men are paid
 * more. With β the female coefficient of the regression of log hourly pay,
 * {@code percent = (1 − e^β) × 100}: the % by which a woman's pay falls short of a man's with
 * the same controls, relative to the man's pay, as the raw gap is relative to men's mean.
 */
@API(status = API.Status.EXPERIMENTAL)
public sealed interface AdjustedGap {

    /** The people in the regression. */
    long n();

    /** The controls or levels left out of the design, with the reason. */
    List<DroppedColumn> dropped();

    /**
     * The estimate.
     *
     * @param percent       the adjusted gap, (1 − e^β) × 100
     * @param ciLow         the lower end of its 95% confidence interval, (1 − e^(β + t·se)) × 100
     * @param ciHigh        the upper end, (1 − e^(β − t·se)) × 100
     * @param pValue        two-sided p-value of β = 0, Student t with n − k degrees of freedom
     * @param coefficient   β, the female coefficient on log hourly pay
     * @param standardError HC1 robust standard error of β
     * @param n             people in the regression
     * @param parameters    k, the columns kept (intercept and female included)
     * @param r2            the coefficient of determination (1 when log pay does not vary)
     * @param controls      the controls that entered the design (at least one column kept)
     * @param dropped       what was left out and why
     */
    record Estimate(double percent, double ciLow, double ciHigh, double pValue, double coefficient,
                    double standardError, long n, int parameters, double r2, List<String> controls,
                    List<DroppedColumn> dropped) implements AdjustedGap {
        public Estimate {
            controls = List.copyOf(controls);
            dropped = List.copyOf(dropped);
        }

        /** Whether the gap differs from 0 at the 5% level (p &lt; 0.05). */
        public boolean significant() {
            return pValue < 0.05;
        }
    }

    /** Not computable, with the reason (too few people, one sex only, sex fixed by the controls). */
    record NotComputable(String reason, long n, List<DroppedColumn> dropped) implements AdjustedGap {
        public NotComputable {
            dropped = List.copyOf(dropped);
        }
    }
}
