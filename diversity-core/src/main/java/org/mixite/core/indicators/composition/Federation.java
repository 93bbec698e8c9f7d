package org.mixite.core.indicators.composition;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.apiguardian.api.API;
import org.mixite.core.jobs.JobFamily;
import org.mixite.core.privacy.SmallCellSuppression;

/**
 * A federation's view over its member companies (issue 5): the federation's totals (the merge
 * of every company's accumulator) and each company's position on each indicator.
 *
 * <p>Privacy: a company's figure is shown only when its own cell has no group of 1 to
 * {@code minCell} − 1 women or men; and an indicator lists company positions only when at least
 * {@value #MIN_COMPANIES} companies report it, so that no company can be singled out.
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
                .orElse(new SexTally(0, 0, 0, BigDecimal.ZERO, BigDecimal.ZERO))),
        TECHNICAL_HIRES_WOMEN_SHARE(CompositionAccumulator::technicalHires);

        private final Function<CompositionAccumulator, SexTally> cell;

        Indicator(Function<CompositionAccumulator, SexTally> cell) {
            this.cell = cell;
        }
    }

    /**
     * One company's place on one indicator.
     *
     * @param rank     1 for the lowest value; ties share the lowest rank
     * @param quartile 1 (lowest quarter) to 4 (highest)
     */
    public record Position(String company, BigDecimal value, int rank, int quartile) {
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
        SmallCellSuppression rule = SmallCellSuppression.smallGroups(minCell);
        List<Ranking> rankings = new ArrayList<>();
        for (Indicator indicator : Indicator.values()) {
            Map<String, BigDecimal> values = new LinkedHashMap<>();
            companies.forEach((name, acc) -> {
                SexTally tally = indicator.cell.apply(acc);
                if (tally.womenShare().isPresent() && rule.isPublishable(new org.mixite.core.privacy.SexCounts(tally.female(), tally.male(), 0))) {
                    values.put(name, tally.womenShare().get());
                }
            });
            if (values.size() < MIN_COMPANIES) {
                rankings.add(new Ranking(indicator, List.of(), values.size(), Optional.of(
                        "fewer than " + MIN_COMPANIES + " companies report this figure with at least " + minCell + " people")));
                continue;
            }
            List<Position> positions = new ArrayList<>();
            values.forEach((name, value) -> {
                int rank = 1 + (int) values.values().stream().filter(v -> v.compareTo(value) < 0).count();
                int quartile = Math.max(1, (int) Math.ceil(4.0 * rank / values.size()));
                positions.add(new Position(name, value, rank, quartile));
            });
            rankings.add(new Ranking(indicator, List.copyOf(positions), values.size(), Optional.empty()));
        }
        return new Result(all.result(minCell), companies.size(), List.copyOf(rankings));
    }
}
