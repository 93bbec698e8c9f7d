package org.mixite.core.barometer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;
import org.mixite.core.indicators.composition.SexTally;
import org.mixite.core.privacy.Cell;
import org.mixite.core.privacy.SexCounts;
import org.mixite.core.privacy.SmallCellSuppression;
import org.mixite.core.privacy.SuppressionReason;

/**
 * The publication rules of a federation's figures (barometer.md, "Publishing rules"): a cell is
 * published only if it holds at least k people, at least {@value #MIN_MEMBERS} contributing
 * members (members with anybody in it), and no member contributes more than
 * {@value #DOMINANCE_PERCENT}% of its people (the (1, 85%) dominance rule of official business
 * statistics); then the README's complementary suppression, through the shared
 * {@link SmallCellSuppression}, and more cells while the hidden ones together (derivable from the
 * total) fail the member rules. The dominance test is exact: {@code 100 × largest > 85 × cell}.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class Disclosure {

    /** Fewer contributing members than this, and a cell is hidden ({@code few_contributors}). */
    public static final int MIN_MEMBERS = 3;
    /** A member contributing more than this percentage of a cell's people hides it ({@code dominance}). */
    public static final int DOMINANCE_PERCENT = 85;

    private Disclosure() {
    }

    /**
     * Why a cell must be hidden whatever its size, from its members' own counts: few
     * contributors first (with one or two members, one of them dominates anyway), then dominance;
     * empty when neither rule applies (an empty cell: nobody to protect).
     *
     * @param memberCounts each member's people in the cell (zeros allowed)
     */
    public static Optional<SuppressionReason> memberRule(List<Long> memberCounts) {
        long cell = 0;
        long largest = 0;
        int contributors = 0;
        for (long n : memberCounts) {
            cell += n;
            largest = Math.max(largest, n);
            contributors += n > 0 ? 1 : 0;
        }
        if (cell == 0) {
            return Optional.empty();
        }
        if (contributors < MIN_MEMBERS) {
            return Optional.of(SuppressionReason.FEW_CONTRIBUTORS);
        }
        if (100 * largest > (long) DOMINANCE_PERCENT * cell) {
            return Optional.of(SuppressionReason.DOMINANCE);
        }
        return Optional.empty();
    }

    /**
     * A total published beside its breakdowns (people, hires, exits, promotions): hidden by the
     * member rules only, as a company's totals are never hidden for their size.
     */
    public static Cell<SexTally> total(SexTally merged, List<Long> memberCounts) {
        return memberRule(memberCounts).<Cell<SexTally>>map(Cell.Suppressed::new).orElseGet(() -> new Cell.Shown<>(merged));
    }

    /**
     * A figure made of a group of cells, published alone (a like-for-like total, a trend value):
     * hidden when below k people, by the member rules, and otherwise shown.
     */
    public static Cell<SexTally> single(SexTally merged, List<Long> memberCounts, int minCell) {
        Optional<SuppressionReason> rule = memberRule(memberCounts);
        if (rule.isPresent()) {
            return new Cell.Suppressed<>(rule.get());
        }
        return merged.total() > 0 && merged.total() < minCell ? new Cell.Suppressed<>(SuppressionReason.BELOW_MINIMUM)
                : new Cell.Shown<>(merged);
    }

    /**
     * One breakdown whose total is published: every cell by the member rules and k, then the
     * complementary cell where one hidden cell could be recovered from the total.
     *
     * @param merged       the federation's cells, in display order
     * @param memberCounts for each key, each member's people in the cell
     */
    public static Map<String, Cell<SexTally>> breakdown(Map<String, SexTally> merged, Map<String, List<Long>> memberCounts, int minCell) {
        Map<String, SexCounts> counts = new LinkedHashMap<>();
        Map<String, SuppressionReason> forced = new LinkedHashMap<>();
        merged.forEach((key, tally) -> {
            counts.put(key, new SexCounts(tally.female(), tally.male(), tally.unknown()));
            memberRule(memberCounts.getOrDefault(key, List.of())).ifPresent(reason -> forced.put(key, reason));
        });
        Map<String, SuppressionReason> hidden = new LinkedHashMap<>(SmallCellSuppression.total(minCell).suppressWith(counts, forced));
        // The hidden cells together are the total minus the visible ones: their union must pass the
        // member rules too (two cells of one member alone would give its own figure), else the smallest
        // visible non-empty cell joins them (display order on ties), or the whole breakdown goes.
        while (!hidden.isEmpty() && !hidden.containsValue(SuppressionReason.WHOLE_BREAKDOWN)
                && memberRule(union(hidden.keySet(), memberCounts)).isPresent()) {
            Optional<String> next = merged.entrySet().stream().filter(e -> !hidden.containsKey(e.getKey()) && e.getValue().total() > 0)
                    .min(Comparator.comparingLong(e -> e.getValue().total())).map(Map.Entry::getKey);
            if (next.isEmpty()) {
                merged.keySet().forEach(key -> hidden.put(key, SuppressionReason.WHOLE_BREAKDOWN));
            } else {
                hidden.put(next.get(), SuppressionReason.COMPLEMENTARY);
            }
        }
        Map<String, Cell<SexTally>> out = new LinkedHashMap<>();
        merged.forEach((key, tally) -> out.put(key, hidden.containsKey(key) ? new Cell.Suppressed<>(hidden.get(key)) : new Cell.Shown<>(tally)));
        return out;
    }

    /** Each member's people over some cells together. */
    private static List<Long> union(java.util.Collection<String> keys, Map<String, List<Long>> memberCounts) {
        List<Long> sum = new ArrayList<>();
        for (String key : keys) {
            List<Long> counts = memberCounts.getOrDefault(key, List.of());
            for (int m = 0; m < counts.size(); m++) {
                if (m == sum.size()) {
                    sum.add(0L);
                }
                sum.set(m, sum.get(m) + counts.get(m));
            }
        }
        return sum;
    }
}
