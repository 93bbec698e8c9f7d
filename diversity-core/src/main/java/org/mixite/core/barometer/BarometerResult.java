package org.mixite.core.barometer;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;
import org.mixite.core.indicators.composition.SexTally;
import org.mixite.core.privacy.Cell;
import org.mixite.spi.model.ReferencePeriod;

/**
 * A federation's barometer: the figures of each period (the latest first in interest), the trend
 * between consecutive periods on like-for-like members, the distribution of members and the
 * years to parity. Every cell has passed {@link Disclosure}.
 *
 * @param periods the periods in time order; the last is the barometer's main period
 * @param trend   one step per pair of consecutive periods
 */
@API(status = API.Status.EXPERIMENTAL)
public record BarometerResult(List<PeriodFigures> periods, List<TrendStep> trend, int minCell) {

    public BarometerResult {
        periods = List.copyOf(periods);
        trend = List.copyOf(trend);
    }

    /** The main period: the latest. */
    public PeriodFigures latest() {
        return periods.get(periods.size() - 1);
    }

    /**
     * One period's merged figures.
     *
     * @param members    the contributions merged
     * @param total      the people at the period's end, by sex
     * @param stock      breakdowns of the stock ({@link Contribution#STOCK_BREAKDOWNS})
     * @param indicators the federation's cell of each indicator
     */
    public record PeriodFigures(ReferencePeriod period, int members, Cell<SexTally> total, Map<String, Map<String, Cell<SexTally>>> stock,
                                FlowFigures flows, Map<Indicator, Cell<SexTally>> indicators, List<Distribution> distributions,
                                ParityProjection parity) {
    }

    /** The flows of a period, as in the composition: totals, exits by reason, each flow by job family. */
    public record FlowFigures(Cell<SexTally> hires, Cell<SexTally> exits, Cell<SexTally> promotions, Map<String, Cell<SexTally>> exitsByReason,
                              Map<String, Cell<SexTally>> hiresByFamily, Map<String, Cell<SexTally>> exitsByFamily,
                              Map<String, Cell<SexTally>> promotionsByFamily) {
    }

    /**
     * How members' women's shares on one indicator are spread, among the members whose own cell
     * holds at least k people; never a named member.
     *
     * @param quartiles first quartile, median, third quartile, when at least {@value Distribution#MIN_FOR_QUARTILES} members report
     * @param deciles   the 9 deciles, when at least {@value Distribution#MIN_FOR_DECILES} members report
     */
    public record Distribution(Indicator indicator, int membersReporting, Optional<List<BigDecimal>> quartiles,
                               Optional<List<BigDecimal>> deciles, Optional<String> withheld) {
        public static final int MIN_FOR_QUARTILES = 5;
        public static final int MIN_FOR_DECILES = 10;
    }

    /**
     * The change between two consecutive periods, counted on the members present in both.
     *
     * @param likeForLike the members present in both periods
     */
    public record TrendStep(ReferencePeriod from, ReferencePeriod to, int likeForLike, List<TrendValue> values) {
    }

    /**
     * One indicator's like-for-like change, in points; each side empty when hidden.
     *
     * @param withheld why nothing is shown, when it is not
     */
    public record TrendValue(Indicator indicator, Optional<BigDecimal> before, Optional<BigDecimal> after, Optional<BigDecimal> change,
                             Optional<String> withheld) {
    }
}
