package org.mixite.core.barometer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.mixite.core.indicators.composition.CompositionAccumulator;
import org.mixite.core.indicators.composition.CompositionResult;
import org.mixite.core.indicators.composition.Dimension;
import org.mixite.core.indicators.composition.Federation;
import org.mixite.core.indicators.composition.SexTally;
import org.mixite.core.jobs.JobClassifier;
import org.mixite.core.privacy.Cell;
import org.mixite.core.region.Regions;
import org.mixite.spi.model.EmployeeRecord;
import org.mixite.spi.model.ReferencePeriod;

/** Issue 18: merging members' contributions gives the composition's federation figures on the same members' records. */
class BarometerProperties {

    private static final ReferencePeriod LAST_DAY = new ReferencePeriod(Members.YEAR.end(), Members.YEAR.end());

    @Property(tries = 60)
    @Label("merged contributions = the composition federation view (stock on the last day, flows over the period), cell by cell")
    void mergeEqualsFederationView(@ForAll @IntRange(min = 1, max = 7) int members, @ForAll long seed,
                                   @ForAll @IntRange(min = 0, max = 120) int size) {
        List<Contribution> contributions = new ArrayList<>();
        Map<String, CompositionAccumulator> stock = new LinkedHashMap<>();
        Map<String, CompositionAccumulator> flows = new LinkedHashMap<>();
        Map<String, Long> regions = new LinkedHashMap<>();
        for (int m = 0; m < members; m++) {
            String member = "M" + m;
            List<EmployeeRecord> records = Members.records(member, seed + m, size / (m + 1));
            contributions.add(Members.contribution(member, records));
            CompositionAccumulator s = new CompositionAccumulator(LAST_DAY, JobClassifier.defaults());
            CompositionAccumulator f = new CompositionAccumulator(Members.YEAR, JobClassifier.defaults());
            records.forEach(s::add);
            records.forEach(f::add);
            stock.put(member, s);
            flows.put(member, f);
            for (EmployeeRecord r : records) {
                if (r.hireDate().map(d -> !d.isAfter(Members.YEAR.end())).orElse(true)
                        && r.exitDate().map(d -> !d.isBefore(Members.YEAR.end())).orElse(true)) {
                    regions.merge(Regions.insee().key(r.workPostalCode()), 1L, Long::sum);
                }
            }
        }
        contributions.forEach(c -> assertThat(ContributionCheck.problems(c)).isEmpty());
        CompositionAccumulator allStock = merged(stock);
        CompositionAccumulator allFlows = merged(flows);

        // Exactly the counts of the composition of all the members' records…
        assertThat(sum(contributions, Contribution::total)).isEqualTo(allStock.total());
        for (String name : List.of("jobFamily", "managementLevel", "ageBand", "contract")) {
            assertThat(Barometer.merge(contributions, c -> c.stock().get(name))).as(name).isEqualTo(allStock.tallies().get(name));
        }
        assertThat(Barometer.merge(contributions, c -> c.flows().exitsByReason())).isEqualTo(allFlows.tallies().get("exitsByReason"));
        assertThat(sum(contributions, c -> c.flows().hires())).isEqualTo(allFlows.totals().get("hires"));
        assertThat(sum(contributions, c -> c.flows().exits())).isEqualTo(allFlows.totals().get("exits"));
        assertThat(sum(contributions, c -> c.flows().promotions())).isEqualTo(allFlows.totals().get("promotions"));
        for (String family : allFlows.tallies().get("hiresByFamily").keySet()) {
            assertThat(sum(contributions, c -> c.flows().byFamily().get(family).hires())).isEqualTo(allFlows.tallies().get("hiresByFamily").get(family));
            assertThat(sum(contributions, c -> c.flows().byFamily().get(family).exits())).isEqualTo(allFlows.tallies().get("exitsByFamily").get(family));
            assertThat(sum(contributions, c -> c.flows().byFamily().get(family).promotions()))
                    .isEqualTo(allFlows.tallies().get("promotionsByFamily").get(family));
        }
        Map<String, SexTally> region = Barometer.merge(contributions, c -> c.stock().get("region"));
        regions.forEach((key, count) -> assertThat(region.get(key).total()).as("region " + key).isEqualTo(count));
        assertThat(region.values().stream().mapToLong(SexTally::total).sum()).isEqualTo(allStock.total().total());

        // …and every cell the federation view publishes is the barometer's merged cell.
        if (members > 1) {
            CompositionResult view = Federation.of(stock, 1).totals();
            Map<String, SexTally> families = Barometer.merge(contributions, c -> c.stock().get("jobFamily"));
            view.breakdowns().get(Dimension.JOB_FAMILY).forEach((key, cell) ->
                    cell.shown().ifPresent(t -> assertThat(families.get(key)).isEqualTo(t)));
            CompositionResult flowView = Federation.of(flows, 1).totals();
            flowView.flows().hires().shown().ifPresent(t -> assertThat(sum(contributions, c -> c.flows().hires())).isEqualTo(t));
        }
    }

    @Property(tries = 40)
    @Label("the barometer never shows a cell that fewer than 3 members fill or that one member dominates (> 85%)")
    void publishedCellsFollowTheMemberRules(@ForAll @IntRange(min = 1, max = 6) int members, @ForAll long seed) {
        List<Contribution> contributions = new ArrayList<>();
        for (int m = 0; m < members; m++) {
            contributions.add(Members.contribution("M" + m, Members.records("M" + m, seed + m, 10 + 40 * m * m)));
        }
        BarometerResult.PeriodFigures figures = Barometer.compute(List.of(contributions), 1).latest();
        figures.stock().forEach((name, cells) -> cells.forEach((key, cell) -> {
            if (cell instanceof Cell.Shown<SexTally> shown && shown.value().total() > 0) {
                List<Long> counts = contributions.stream().map(c -> c.stock().get(name).get(key).total()).toList();
                assertThat(Disclosure.memberRule(counts)).as(name + "." + key + " " + counts).isEqualTo(Optional.empty());
            }
        }));
    }

    private static CompositionAccumulator merged(Map<String, CompositionAccumulator> companies) {
        CompositionAccumulator all = null;
        for (CompositionAccumulator c : companies.values()) {
            all = all == null ? c.copy() : all.merge(c);
        }
        return all;
    }

    private static SexTally sum(List<Contribution> cs, java.util.function.Function<Contribution, SexTally> cell) {
        return cs.stream().map(cell).reduce(SexTally.EMPTY, SexTally::plus);
    }
}
