package org.mixite.core.privacy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.apiguardian.api.API;

/**
 * Decides which cells of a published breakdown must be hidden. The one suppression component
 * of Mixité: every breakdown (pay gap by category, composition by family, federation cells)
 * goes through it.
 *
 * <ol>
 *   <li><b>Primary suppression:</b> a cell that fails the rule (e.g. fewer than k women or
 *       fewer than k men) is hidden.</li>
 *   <li><b>Complementary suppression:</b> the breakdown's totals are published, so the hidden
 *       cells' combined counts equal total − visible cells. While the hidden cells taken
 *       together would themselves fail the rule, or only one cell is hidden, the smallest
 *       visible cell is hidden too (ties in the breakdown's own order). A lone hidden cell, or a
 *       hidden group that is itself small, can then never be derived from the totals.</li>
 * </ol>
 * Deterministic: the same cells in the same order give the same decision.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class SmallCellSuppression {

    /** Default minimum for Egapro groups (3 women and 3 men, Code du travail D1142-2-1). */
    public static final int EGAPRO_MINIMUM = 3;
    /** Default minimum for published breakdowns. */
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

    /** A cell is shown only when it holds at least {@code k} women and at least {@code k} men. */
    public static SmallCellSuppression eitherSex(int k) {
        return new SmallCellSuppression(k, c -> c.female() >= k && c.male() >= k,
                "fewer than " + k + " women or fewer than " + k + " men");
    }

    /** A cell is shown only when it holds at least {@code k} people in all. */
    public static SmallCellSuppression total(int k) {
        return new SmallCellSuppression(k, c -> c.total() >= k, "fewer than " + k + " people");
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
        Map<K, SuppressionReason> hidden = new LinkedHashMap<>();
        SexCounts hiddenSum = SexCounts.ZERO;
        List<Map.Entry<K, SexCounts>> visible = new ArrayList<>();
        for (Map.Entry<K, SexCounts> cell : cells.entrySet()) {
            if (publishable.test(cell.getValue())) {
                visible.add(cell);
            } else {
                hidden.put(cell.getKey(), SuppressionReason.BELOW_MINIMUM);
                hiddenSum = hiddenSum.plus(cell.getValue());
            }
        }
        if (hidden.isEmpty()) {
            return Map.of();
        }
        // Smallest first, stable in display order for ties.
        visible.sort(Comparator.comparingLong(e -> e.getValue().total()));
        int next = 0;
        while (next < visible.size() && (hidden.size() < 2 || !publishable.test(hiddenSum))) {
            Map.Entry<K, SexCounts> cell = visible.get(next++);
            hidden.put(cell.getKey(), SuppressionReason.COMPLEMENTARY);
            hiddenSum = hiddenSum.plus(cell.getValue());
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
