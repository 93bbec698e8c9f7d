package org.mixite.core.indicators.composition;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.apiguardian.api.API;
import org.mixite.core.jobs.JobFamily;
import org.mixite.core.privacy.SexCounts;
import org.mixite.core.privacy.SmallCellSuppression;

/**
 * A federation's view over its member companies (issue 5): the federation's totals (the merge
 * of every company's accumulator) and each company's position (rank, quartile, percentile) on
 * each indicator, never the company's own figure.
 *
 * <p>Privacy, so that no company can be singled out:
 * <ul>
 *   <li>the federation's totals (people, hires, exits, promotions) that fewer than
 *       {@value #MIN_COMPANIES} companies contribute to (have at least one person in) are withheld as
 *       {@link org.mixite.core.privacy.SuppressionReason#FEW_CONTRIBUTORS}, with the rates made
 *       from them: with one company the figure would be its own, with two each could subtract its
 *       own;</li>
 *   <li>every breakdown cell of the federation's totals (by family, category, establishment,
 *       flows by family and reason, …) that pools fewer than {@value #MIN_COMPANIES} companies
 *       is hidden as {@code FEW_CONTRIBUTORS} too, through the shared
 *       {@link SmallCellSuppression}, which adds the complementary cell where needed; cells under
 *       {@code minCell} people are hidden as everywhere else;</li>
 *   <li>a company is positioned on an indicator only when its own cell holds at least
 *       {@code minCell} people, and an indicator lists positions only when at least
 *       {@value #MIN_COMPANIES} companies qualify.</li>
 * </ul>
 */
@API(status = API.Status.EXPERIMENTAL)
public final class Federation {

    /** Fewer companies than this in a cell, and no company's figure is shown. */
    public static final int MIN_COMPANIES = 3;

    private Federation() {
    }

    /** The indicators on which companies are positioned. */
    public enum Indicator {
        WOMEN_SHARE(a -> a.total()),
        TECHNICAL_DIGITAL_WOMEN_SHARE(a -> a.cell(Dimension.JOB_FAMILY, JobFamily.TECHNICAL_DIGITAL.code())
                .orElse(SexTally.EMPTY)),
        TECHNICAL_HIRES_WOMEN_SHARE(CompositionAccumulator::technicalHires),
        /** Women's share among managers, executives and board members together. */
        MANAGEMENT_WOMEN_SHARE(a -> a.cell(Dimension.MANAGEMENT_LEVEL, "manager").orElse(SexTally.EMPTY)
                .plus(a.cell(Dimension.MANAGEMENT_LEVEL, "executive").orElse(SexTally.EMPTY))
                .plus(a.cell(Dimension.MANAGEMENT_LEVEL, "board").orElse(SexTally.EMPTY)));

        private final Function<CompositionAccumulator, SexTally> cell;

        Indicator(Function<CompositionAccumulator, SexTally> cell) {
            this.cell = cell;
        }
    }

    /**
     * One company's place on one indicator, among the n companies positioned (issue 5: "each
     * company's position (quantile)"). The company's own figure is not part of it: a named
     * company's exact women's share would be that company's figure, published by the federation.
     *
     * @param rank       1 + the number of companies with a strictly lower women's share (ties share a rank)
     * @param quartile   1 + ⌊4 (rank − 1) / n⌋: 1 = lowest quarter, 4 = highest
     * @param percentile mid-rank percentile, 100 × (below + ½ equal) / n with the company among the equal, one decimal half up
     */
    public record Position(String company, int rank, int quartile, BigDecimal percentile) {
    }

    /** Positions on one indicator, or the reason they are withheld. */
    public record Ranking(Indicator indicator, List<Position> positions, int companiesReporting, Optional<String> withheld) {
    }

    /** The federation's result. */
    public record Result(CompositionResult totals, int companies, List<Ranking> rankings) {
    }

    /**
     * Computes the view.
     *
     * @param companies each member's accumulator, by company id, all over the same period
     */
    public static Result of(Map<String, CompositionAccumulator> companies, int minCell) {
        if (companies.isEmpty()) {
            throw new IllegalArgumentException("a federation needs at least one company");
        }
        CompositionAccumulator all = null;
        for (CompositionAccumulator company : companies.values()) {
            all = all == null ? company.copy() : all.merge(company);
        }
        Map<String, Set<String>> few = fewContributors(companies.values());
        SmallCellSuppression rule = SmallCellSuppression.total(minCell);
        List<Ranking> rankings = new ArrayList<>();
        for (Indicator indicator : Indicator.values()) {
            Map<String, BigDecimal> values = new LinkedHashMap<>();
            companies.forEach((name, acc) -> {
                SexTally tally = indicator.cell.apply(acc);
                if (tally.womenShare().isPresent() && rule.isPublishable(new SexCounts(tally.female(), tally.male(), 0))) {
                    values.put(name, tally.womenShare().get());
                }
            });
            if (values.size() < MIN_COMPANIES) {
                rankings.add(new Ranking(indicator, List.of(), values.size(), Optional.of(
                        "fewer than " + MIN_COMPANIES + " companies report this figure with at least " + minCell + " people")));
                continue;
            }
            List<Position> positions = new ArrayList<>();
            int n = values.size();
            values.forEach((name, value) -> {
                long below = values.values().stream().filter(v -> v.compareTo(value) < 0).count();
                long equal = values.values().stream().filter(v -> v.compareTo(value) == 0).count();
                int rank = 1 + (int) below;
                int quartile = 1 + (int) (4L * (rank - 1) / n);
                BigDecimal percentile = BigDecimal.valueOf(200 * below + 100 * equal)
                        .divide(BigDecimal.valueOf(2L * n), 1, RoundingMode.HALF_UP);
                positions.add(new Position(name, rank, quartile, percentile));
            });
            rankings.add(new Ranking(indicator, List.copyOf(positions), values.size(), Optional.empty()));
        }
        return new Result(all.result(minCell, few, fewTotals(companies.values())), companies.size(), List.copyOf(rankings));
    }

    /**
     * Which of the federation's totals (people, hires, exits, promotions) fewer than
     * {@value #MIN_COMPANIES} companies contribute to (have at least one person in): with one, the
     * figure is that company's; with two, each can subtract its own and get the other's. A total of
     * 0 (no company contributes) is shown, like an empty cell.
     */
    static Set<String> fewTotals(Collection<CompositionAccumulator> companies) {
        Map<String, Integer> contributors = new TreeMap<>();
        for (CompositionAccumulator company : companies) {
            company.totals().forEach((name, tally) -> contributors.merge(name, tally.total() > 0 ? 1 : 0, Integer::sum));
        }
        Set<String> few = new TreeSet<>();
        contributors.forEach((name, count) -> {
            if (count > 0 && count < MIN_COMPANIES) { // 0 is shown, as an empty cell is
                few.add(name);
            }
        });
        return few;
    }

    /** Breakdown name → cells in which fewer than {@value #MIN_COMPANIES} companies have anybody. */
    static Map<String, Set<String>> fewContributors(Collection<CompositionAccumulator> companies) {
        Map<String, Map<String, Integer>> contributors = new TreeMap<>();
        for (CompositionAccumulator company : companies) {
            company.breakdownCells().forEach((name, cells) -> cells.forEach((key, counts) -> {
                if (counts.total() > 0) {
                    contributors.computeIfAbsent(name, k -> new TreeMap<>()).merge(key, 1, Integer::sum);
                }
            }));
        }
        Map<String, Set<String>> few = new TreeMap<>();
        contributors.forEach((name, cells) -> cells.forEach((key, count) -> {
            if (count < MIN_COMPANIES) {
                few.computeIfAbsent(name, k -> new TreeSet<>()).add(key);
            }
        }));
        return few;
    }
}
