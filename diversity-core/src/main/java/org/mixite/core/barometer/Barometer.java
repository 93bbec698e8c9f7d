package org.mixite.core.barometer;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import org.mixite.core.indicators.composition.SexTally;
import org.mixite.core.jobs.JobFamily;
import org.mixite.core.privacy.Cell;
import org.mixite.core.privacy.SuppressionReason;
import org.mixite.spi.model.ReferencePeriod;

/**
 * Merges members' {@link Contribution}s into a federation's barometer (issue 18): per period the
 * federation's composition and flows (the shapes of the composition), the distribution of
 * members, the years to parity; across periods, the like-for-like trend. Contributions are
 * checked by the caller ({@link ContributionCheck}, digests, versions); here every published
 * cell goes through {@link Disclosure}.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class Barometer {

    private Barometer() {
    }

    /**
     * The barometer of one or more periods.
     *
     * @param periods each period's contributions (one per member), in any order; at least one period
     */
    public static BarometerResult compute(List<List<Contribution>> periods, int minCell) {
        if (periods.isEmpty() || periods.stream().anyMatch(List::isEmpty)) {
            throw new IllegalArgumentException("a barometer needs at least one contribution in each period");
        }
        List<List<Contribution>> ordered = new ArrayList<>(periods);
        ordered.sort(Comparator.comparing((List<Contribution> p) -> p.get(0).period().start()));
        List<BarometerResult.PeriodFigures> figures = new ArrayList<>();
        for (List<Contribution> period : ordered) {
            figures.add(period(sorted(period), minCell));
        }
        List<BarometerResult.TrendStep> trend = new ArrayList<>();
        for (int i = 1; i < ordered.size(); i++) {
            trend.add(trend(sorted(ordered.get(i - 1)), sorted(ordered.get(i)), figures.get(i - 1).indicators(),
                    figures.get(i).indicators(), minCell));
        }
        return new BarometerResult(figures, trend, minCell);
    }

    /** Members in id order, so that the result does not depend on the order files were read. */
    private static List<Contribution> sorted(List<Contribution> contributions) {
        return contributions.stream().sorted(Comparator.comparing(Contribution::member)).toList();
    }

    static BarometerResult.PeriodFigures period(List<Contribution> cs, int minCell) {
        ReferencePeriod period = cs.get(0).period();
        Cell<SexTally> total = total(cs, Contribution::total);
        Map<String, Map<String, Cell<SexTally>>> stock = new LinkedHashMap<>();
        for (String name : Contribution.STOCK_BREAKDOWNS) {
            stock.put(name, breakdown(cs, c -> c.stock().get(name), minCell));
        }
        BarometerResult.FlowFigures flows = new BarometerResult.FlowFigures(total(cs, c -> c.flows().hires()),
                total(cs, c -> c.flows().exits()), total(cs, c -> c.flows().promotions()),
                breakdown(cs, c -> c.flows().exitsByReason(), minCell),
                breakdown(cs, c -> byFamily(c, Contribution.FamilyFlows::hires), minCell),
                breakdown(cs, c -> byFamily(c, Contribution.FamilyFlows::exits), minCell),
                breakdown(cs, c -> byFamily(c, Contribution.FamilyFlows::promotions), minCell));
        Map<Indicator, Cell<SexTally>> indicators = new EnumMap<>(Indicator.class);
        indicators.put(Indicator.WOMEN_SHARE, total);
        indicators.put(Indicator.TECHNICAL_DIGITAL, stock.get("jobFamily").get(JobFamily.TECHNICAL_DIGITAL.code()));
        indicators.put(Indicator.DIGITISED, stock.get("jobFamily").get(JobFamily.DIGITISED.code()));
        indicators.put(Indicator.MANAGEMENT, sumOfShown(stock.get("managementLevel"), List.of("manager", "executive", "board")));
        indicators.put(Indicator.TECHNICAL_DIGITAL_HIRES, flows.hiresByFamily().get(JobFamily.TECHNICAL_DIGITAL.code()));
        List<BarometerResult.Distribution> distributions = new ArrayList<>();
        for (Indicator indicator : Indicator.values()) {
            distributions.add(distribution(indicator, cs, minCell));
        }
        String technical = JobFamily.TECHNICAL_DIGITAL.code();
        Cell<SexTally> stockCell = stock.get("jobFamily").get(technical);
        Cell<SexTally> hiresCell = flows.hiresByFamily().get(technical);
        Cell<SexTally> exitsCell = flows.exitsByFamily().get(technical);
        ParityProjection parity = stockCell.shown().isPresent() && hiresCell.shown().isPresent() && exitsCell.shown().isPresent()
                ? ParityProjection.of(period.end().getYear(), stockCell.shown().get(), hiresCell.shown().get(), exitsCell.shown().get())
                : ParityProjection.notComputable(period.end().getYear(),
                        "the technical digital stock, hires or exits are not published (disclosure rules)");
        return new BarometerResult.PeriodFigures(period, cs.size(), total, stock, flows, indicators, List.copyOf(distributions), parity);
    }

    private static Map<String, SexTally> byFamily(Contribution c, Function<Contribution.FamilyFlows, SexTally> flow) {
        Map<String, SexTally> out = new LinkedHashMap<>();
        c.flows().byFamily().forEach((family, flows) -> out.put(family, flow.apply(flows)));
        return out;
    }

    /** A figure made of several published cells: shown when each of them is (so it reveals nothing they do not). */
    private static Cell<SexTally> sumOfShown(Map<String, Cell<SexTally>> cells, List<String> keys) {
        SexTally sum = SexTally.EMPTY;
        for (String key : keys) {
            Cell<SexTally> cell = cells.getOrDefault(key, new Cell.Shown<>(SexTally.EMPTY));
            if (cell instanceof Cell.Suppressed<SexTally> hidden) {
                return new Cell.Suppressed<>(hidden.reason());
            }
            sum = sum.plus(cell.shown().orElseThrow());
        }
        return new Cell.Shown<>(sum);
    }

    /** The members' totals merged, published by the member rules. */
    private static Cell<SexTally> total(List<Contribution> cs, Function<Contribution, SexTally> cell) {
        SexTally merged = SexTally.EMPTY;
        List<Long> counts = new ArrayList<>();
        for (Contribution c : cs) {
            SexTally t = cell.apply(c);
            merged = merged.plus(t);
            counts.add(t.total());
        }
        return Disclosure.total(merged, counts);
    }

    /** The members' breakdowns merged (keys in the first member's order, others after), then {@link Disclosure#breakdown}. */
    private static Map<String, Cell<SexTally>> breakdown(List<Contribution> cs, Function<Contribution, Map<String, SexTally>> cells, int minCell) {
        Map<String, SexTally> merged = merge(cs, cells);
        Map<String, List<Long>> counts = new LinkedHashMap<>();
        for (Contribution c : cs) {
            Map<String, SexTally> own = cells.apply(c);
            merged.keySet().forEach(key -> counts.computeIfAbsent(key, k -> new ArrayList<>())
                    .add(own.getOrDefault(key, SexTally.EMPTY).total()));
        }
        return Disclosure.breakdown(merged, counts, minCell);
    }

    /** The unsuppressed sum of the members' cells: what the barometer publishes before disclosure control. */
    public static Map<String, SexTally> merge(List<Contribution> cs, Function<Contribution, Map<String, SexTally>> cells) {
        Map<String, SexTally> merged = new LinkedHashMap<>();
        for (Contribution c : cs) {
            cells.apply(c).forEach((key, tally) -> merged.merge(key, tally, SexTally::plus));
        }
        return merged;
    }

    /** Quartiles and deciles of the members' shares (linear interpolation between order statistics, type 7). */
    static BarometerResult.Distribution distribution(Indicator indicator, List<Contribution> cs, int minCell) {
        List<Ratio> shares = shares(indicator, cs, minCell).values().stream().sorted().toList();
        int n = shares.size();
        if (n < BarometerResult.Distribution.MIN_FOR_QUARTILES) {
            return new BarometerResult.Distribution(indicator, n, Optional.empty(), Optional.empty(), Optional.of("fewer than "
                    + BarometerResult.Distribution.MIN_FOR_QUARTILES + " members with at least " + minCell + " people in this figure"));
        }
        List<BigDecimal> quartiles = List.of(quantile(shares, 1, 4), quantile(shares, 2, 4), quantile(shares, 3, 4));
        Optional<List<BigDecimal>> deciles = Optional.empty();
        if (n >= BarometerResult.Distribution.MIN_FOR_DECILES) {
            List<BigDecimal> d = new ArrayList<>();
            for (int i = 1; i <= 9; i++) {
                d.add(quantile(shares, i, 10));
            }
            deciles = Optional.of(List.copyOf(d));
        }
        return new BarometerResult.Distribution(indicator, n, Optional.of(quartiles), deciles, Optional.empty());
    }

    /** Each member's share on an indicator, for the members whose own cell holds at least k women and men together. */
    static Map<String, Ratio> shares(Indicator indicator, List<Contribution> cs, int minCell) {
        Map<String, Ratio> out = new LinkedHashMap<>();
        for (Contribution c : cs) {
            SexTally t = indicator.of(c);
            long n = t.female() + t.male();
            if (n > 0 && n >= minCell) {
                out.put(c.member(), Ratio.of(t.female(), n));
            }
        }
        return out;
    }

    /** The p/q quantile of sorted shares: x[⌊h⌋] + (h − ⌊h⌋)(x[⌊h⌋+1] − x[⌊h⌋]), h = (n − 1) p / q, exact, in percent. */
    static BigDecimal quantile(List<Ratio> sorted, int p, int q) {
        long numerator = (long) (sorted.size() - 1) * p;
        int low = (int) (numerator / q);
        Ratio fraction = Ratio.of(numerator % q, q);
        Ratio value = sorted.get(low);
        if (fraction.numerator().signum() > 0) {
            value = value.plus(fraction.times(sorted.get(low + 1).minus(value)));
        }
        return value.percent();
    }

    /**
     * The like-for-like change between two periods: each indicator summed over the members
     * present in both. Withheld when either side fails {@link Disclosure#single}, and when the
     * members left out of one side are between 1 and 2, or fail the rules themselves: the
     * period's published figure minus the like-for-like one would then be their own figure.
     * Withheld too when either period hides the figure itself (as a complementary cell, say):
     * with the same members on both sides, the like-for-like share would be the hidden cell's.
     */
    static BarometerResult.TrendStep trend(List<Contribution> before, List<Contribution> after, int minCell) {
        return trend(before, after, period(before, minCell).indicators(), period(after, minCell).indicators(), minCell);
    }

    private static BarometerResult.TrendStep trend(List<Contribution> before, List<Contribution> after,
                                                   Map<Indicator, Cell<SexTally>> publishedBefore,
                                                   Map<Indicator, Cell<SexTally>> publishedAfter, int minCell) {
        Set<String> both = before.stream().map(Contribution::member).collect(Collectors.toCollection(TreeSet::new));
        both.retainAll(after.stream().map(Contribution::member).collect(Collectors.toSet()));
        List<BarometerResult.TrendValue> values = new ArrayList<>();
        for (Indicator indicator : Indicator.values()) {
            Side b = side(indicator, before, both, minCell);
            Side a = side(indicator, after, both, minCell);
            Optional<String> withheld = hidden(publishedBefore.get(indicator)).or(() -> hidden(publishedAfter.get(indicator)))
                    .or(() -> b.withheld).or(() -> a.withheld);
            if (withheld.isPresent()) {
                values.add(new BarometerResult.TrendValue(indicator, Optional.empty(), Optional.empty(), Optional.empty(), withheld));
                continue;
            }
            Optional<Ratio> rb = b.share();
            Optional<Ratio> ra = a.share();
            Optional<BigDecimal> change = rb.isPresent() && ra.isPresent() ? Optional.of(ra.get().minus(rb.get()).percent()) : Optional.empty();
            values.add(new BarometerResult.TrendValue(indicator, rb.map(Ratio::percent), ra.map(Ratio::percent), change, Optional.empty()));
        }
        return new BarometerResult.TrendStep(before.get(0).period(), after.get(0).period(), both.size(), List.copyOf(values));
    }

    private record Side(SexTally tally, Optional<String> withheld) {
        Optional<Ratio> share() {
            long n = tally.female() + tally.male();
            return n == 0 ? Optional.empty() : Optional.of(Ratio.of(tally.female(), n));
        }
    }

    private static Side side(Indicator indicator, List<Contribution> cs, Set<String> likeForLike, int minCell) {
        SexTally kept = SexTally.EMPTY;
        SexTally rest = SexTally.EMPTY;
        List<Long> keptCounts = new ArrayList<>();
        List<Long> restCounts = new ArrayList<>();
        for (Contribution c : cs) {
            SexTally t = indicator.of(c);
            if (likeForLike.contains(c.member())) {
                kept = kept.plus(t);
                keptCounts.add(t.total());
            } else {
                rest = rest.plus(t);
                restCounts.add(t.total());
            }
        }
        Cell<SexTally> keptCell = Disclosure.single(kept, keptCounts, minCell);
        if (keptCell instanceof Cell.Suppressed<SexTally> hidden) {
            return new Side(kept, Optional.of(reason(hidden.reason())));
        }
        if (rest.total() > 0 && Disclosure.single(rest, restCounts, minCell) instanceof Cell.Suppressed<SexTally>) {
            return new Side(kept, Optional.of("differencing: the members present in only one period are too few to be told apart"));
        }
        return new Side(kept, Optional.empty());
    }

    private static Optional<String> hidden(Cell<SexTally> published) {
        return published instanceof Cell.Suppressed<SexTally> suppressed ? Optional.of(reason(suppressed.reason())) : Optional.empty();
    }

    private static String reason(SuppressionReason reason) {
        return reason.name().toLowerCase(java.util.Locale.ROOT);
    }
}
