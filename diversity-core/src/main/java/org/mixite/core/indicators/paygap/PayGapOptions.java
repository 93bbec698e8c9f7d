package org.mixite.core.indicators.paygap;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import org.apiguardian.api.API;
import org.mixite.core.privacy.SmallCellSuppression;
import org.mixite.spi.model.ReferencePeriod;

/**
 * Settings of the pay-gap figures.
 *
 * @param period                   the reference period (EU, France, ESRS, GRI)
 * @param snapshot                 the UK snapshot date (5 April private sector, 31 March public)
 * @param minCell                  k: breakdown cells with fewer than k women or k men are suppressed
 * @param jointAssessmentThreshold the Art. 10 threshold in percent, compared as |gap| ≥ threshold
 */
@API(status = API.Status.EXPERIMENTAL)
public record PayGapOptions(ReferencePeriod period, LocalDate snapshot, int minCell, BigDecimal jointAssessmentThreshold) {

    /** Art. 10 of Directive 2023/970: a gap of at least 5% in a category of workers. */
    public static final BigDecimal ART_10_THRESHOLD = BigDecimal.valueOf(5);

    public PayGapOptions {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(snapshot, "snapshot");
        Objects.requireNonNull(jointAssessmentThreshold, "jointAssessmentThreshold");
        if (minCell < 1) {
            throw new IllegalArgumentException("minCell must be at least 1, was " + minCell);
        }
    }

    /** The period, its last day as the UK snapshot, k = 5 and the Art. 10 threshold of 5%. */
    public static PayGapOptions of(ReferencePeriod period) {
        return new PayGapOptions(period, period.end(), SmallCellSuppression.PUBLISHED_MINIMUM, ART_10_THRESHOLD);
    }

    public PayGapOptions withSnapshot(LocalDate date) {
        return new PayGapOptions(period, date, minCell, jointAssessmentThreshold);
    }

    public PayGapOptions withMinCell(int k) {
        return new PayGapOptions(period, snapshot, k, jointAssessmentThreshold);
    }
}
