package org.mixite.core.privacy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.apiguardian.api.API;

/**
 * Decides which cells of a published breakdown must be hidden (regulations.md §7). The one
 * suppression component of Mixité: every breakdown (pay gap by category, composition by
 * family, federation cells) goes through it.
 *
 * <ol>
 *   <li><b>Primary suppression:</b> a cell that fails the rule is hidden. With
 *       {@link #eitherSex(int)}, that is a cell with fewer than k women or fewer than k men,
 *       including a cell where a sex is absent (0 &lt; k), except that with k = 1 only empty cells
 *       are hidden (§7: "with {@code --min-cell 1}, nothing is suppressed except empty cells");
 *       with {@link #total(int)}, a non-empty cell with fewer than k people.</li>
 *   <li><b>Complementary suppression:</b> the breakdown's totals are published (or derivable),
 *       so a lone hidden cell would be total − visible cells. Where exactly one hidden cell holds
 *       people (whatever it was hidden for: a small group, an absent sex, few contributors), the
 *       smallest non-empty visible cell (by headcount, ties in display order) is hidden too. When
 *       no non-empty cell is left to hide with it, the hidden cell's value is the total itself:
 *       then every cell of the breakdown, empty ones included, is hidden as
 *       {@link SuppressionReason#WHOLE_BREAKDOWN}. A hidden cell that holds nobody protects nobody
 *       and does not trigger this step.</li>
 * </ol>
 * Callers list every known key of a breakdown (with zeros), so that which keys are present does
 * not itself tell where the people are. A breakdown of a single cell is its own total: no
 * suppression can hide it. Deterministic: the same cells in the same order give the
 * same decision.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class SmallCellSuppression {

    /** Default minimum for Egapro groups (3 women and 3 men, Code du travail D1142-2-1). */
    public static final int EGAPRO_MINIMUM = 3;
    /** Default minimum for published breakdowns (regulations.md §7). */
    public static final int PUBLISHED_MINIMUM = 5;

    private final int minimum;
    private final Predicate<SexCounts> publishable;
    private final String ruleText;

    private SmallCellSuppression(int minimum, Predicate<SexCounts> publishable, String ruleText) {
        if (minimum < 1) {
            throw new IllegalArgumentException("minimum cell size must be at least 1, was " + minimum);
        }
        this.minimum = minimum;
        this.publishable = publishable;
        this.ruleText = ruleText;
    }

    /**
     * A cell is shown only when it holds at least {@code k} women and at least {@code k} men
     * (§7); a cell without women, or without men, has fewer than k of them. With {@code k = 1},
     * every non-empty cell is shown, a single-sex one too (§7).
     */
    public static SmallCellSuppression eitherSex(int k) {
        if (k == 1) {
            return new SmallCellSuppression(k, c -> c.total() > 0, "no people (with k = 1 only empty cells are suppressed)");
        }
        return new SmallCellSuppression(k, c -> c.female() >= k && c.male() >= k,
                "fewer than " + k + " women or fewer than " + k + " men");
    }

    /** A cell is shown only when it is empty or holds at least {@code k} people in all. */
    public static SmallCellSuppression total(int k) {
        return new SmallCellSuppression(k, c -> c.total() == 0 || c.total() >= k, "fewer than " + k + " people");
    }

    public int minimum() {
        return minimum;
    }

    /** The rule in words, e.g. "fewer than 5 women or fewer than 5 men", for reports. */
    public String ruleText() {
        return ruleText;
    }

    /** Whether one cell, on its own, may be shown. */
    public boolean isPublishable(SexCounts cell) {
        return publishable.test(cell);
    }

    /**
     * The cells to hide in one breakdown whose totals are published.
     *
     * @param cells the breakdown, in its display order
     * @return the hidden cells with their reason, in display order; every other cell is shown
     */
    public <K> Map<K, SuppressionReason> suppress(Map<K, SexCounts> cells) {
        return suppress(cells, Set.of());
    }

    /**
     * The cells to hide in one breakdown whose totals are published, when the caller already
     * knows some cells must be hidden for another reason (fewer than 3 companies behind a
     * federation cell). Those non-empty cells are hidden as {@link SuppressionReason#FEW_CONTRIBUTORS}
     * and count for the complementary step like any other hidden cell that holds people.
     *
     * @param cells     the breakdown, in its display order
     * @param fewContributors keys of cells that must be hidden whatever their size
     * @return the hidden cells with their reason, in display order; every other cell is shown
     */
    public <K> Map<K, SuppressionReason> suppress(Map<K, SexCounts> cells, Set<K> fewContributors) {
        Map<K, SuppressionReason> forced = new LinkedHashMap<>();
        fewContributors.forEach(key -> forced.put(key, SuppressionReason.FEW_CONTRIBUTORS));
        return suppressWith(cells, forced);
    }

    /**
     * The cells to hide in one breakdown whose totals are published, when the caller already
     * knows, for each of some cells, a reason to hide it whatever its size (few contributors,
     * {@link SuppressionReason#DOMINANCE} of one contributor). Those non-empty cells are hidden
     * with the reason given, and count for the complementary step like any other hidden cell.
     *
     * @param cells  the breakdown, in its display order
     * @param forced key → reason, for cells that must be hidden
     * @return the hidden cells with their reason, in display order; every other cell is shown
     */
    public <K> Map<K, SuppressionReason> suppressWith(Map<K, SexCounts> cells, Map<K, SuppressionReason> forced) {
        Map<K, SuppressionReason> hidden = new LinkedHashMap<>();
        int hiddenWithPeople = 0;
        List<Map.Entry<K, SexCounts>> visible = new ArrayList<>();
        for (Map.Entry<K, SexCounts> cell : cells.entrySet()) {
            boolean people = cell.getValue().total() > 0;
            if (forced.containsKey(cell.getKey()) && people) {
                hidden.put(cell.getKey(), forced.get(cell.getKey()));
                hiddenWithPeople++;
            } else if (publishable.test(cell.getValue())) {
                if (people) {
                    visible.add(cell); // an empty cell hides nothing, so it cannot serve as the complement
                }
            } else {
                hidden.put(cell.getKey(), SuppressionReason.BELOW_MINIMUM);
                if (people) {
                    hiddenWithPeople++;
                }
            }
        }
        if (hiddenWithPeople == 1) {
            if (visible.isEmpty()) {
                // The hidden cell would be the total itself: hide every cell alike, empty ones too.
                Map<K, SuppressionReason> whole = new LinkedHashMap<>();
                cells.keySet().forEach(key -> whole.put(key, SuppressionReason.WHOLE_BREAKDOWN));
                return whole;
            }
            // Smallest visible cell; List.sort is stable, so ties keep display order.
            visible.sort(Comparator.comparingLong(e -> e.getValue().total()));
            hidden.put(visible.get(0).getKey(), SuppressionReason.COMPLEMENTARY);
        }
        if (hidden.isEmpty()) {
            return Map.of();
        }
        Map<K, SuppressionReason> ordered = new LinkedHashMap<>();
        for (K key : cells.keySet()) {
            SuppressionReason reason = hidden.get(key);
            if (reason != null) {
                ordered.put(key, reason);
            }
        }
        return ordered;
    }
}
