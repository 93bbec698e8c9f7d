package org.mixite.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** regulations.md §7, "Small cells". */
class SmallCellSuppressionTest {

    private static Map<String, SexCounts> cells(Object... keyFemaleMale) {
        Map<String, SexCounts> cells = new LinkedHashMap<>();
        for (int i = 0; i < keyFemaleMale.length; i += 3) {
            cells.put((String) keyFemaleMale[i], new SexCounts((Integer) keyFemaleMale[i + 1], (Integer) keyFemaleMale[i + 2], 0));
        }
        return cells;
    }

    @Test
    @DisplayName("§7: a cell with fewer than k women or fewer than k men is suppressed (k = 5 by default)")
    void primarySuppressionAtK() {
        SmallCellSuppression rule = SmallCellSuppression.eitherSex(SmallCellSuppression.PUBLISHED_MINIMUM);
        assertThat(rule.isPublishable(new SexCounts(5, 5, 0))).isTrue();
        assertThat(rule.isPublishable(new SexCounts(4, 50, 0))).isFalse();
        assertThat(rule.isPublishable(new SexCounts(50, 4, 0))).isFalse();
    }

    @Test
    @DisplayName("§7: where exactly one cell is suppressed, the smallest other cell is suppressed too")
    void complementaryCellAttackIsBlocked() {
        Map<String, SuppressionReason> hidden = SmallCellSuppression.eitherSex(5)
                .suppress(cells("ic", 20, 30, "tam", 2, 9, "emp", 8, 6, "ouv", 12, 40));
        assertThat(hidden).containsExactly(
                Map.entry("tam", SuppressionReason.BELOW_MINIMUM),
                Map.entry("emp", SuppressionReason.COMPLEMENTARY));
        // The attack: total women minus the visible cells no longer gives tam's 2 women, only tam + emp.
        long total = 20 + 2 + 8 + 12;
        long visible = 20 + 12;
        assertThat(total - visible).isEqualTo(10).isNotEqualTo(2);
    }

    @Test
    @DisplayName("§7: with two suppressed cells, no complementary suppression is added")
    void twoSuppressedCellsNeedNoMore() {
        Map<String, SuppressionReason> hidden = SmallCellSuppression.eitherSex(5)
                .suppress(cells("a", 1, 9, "b", 3, 9, "c", 9, 9));
        assertThat(hidden).containsOnlyKeys("a", "b");
    }

    @Test
    @DisplayName("§7: with --min-cell 1 nothing is suppressed except empty cells")
    void minCellOneSuppressesOnlyEmptyCells() {
        Map<String, SuppressionReason> hidden = SmallCellSuppression.eitherSex(1)
                .suppress(cells("a", 1, 1, "b", 0, 7, "c", 2, 3));
        assertThat(hidden).containsExactly(Map.entry("b", SuppressionReason.BELOW_MINIMUM));
    }

    @Test
    @DisplayName("ties for the smallest cell go to the first in display order")
    void tiesInDisplayOrder() {
        Map<String, SuppressionReason> hidden = SmallCellSuppression.eitherSex(5)
                .suppress(cells("x", 6, 6, "y", 1, 20, "z", 6, 6));
        assertThat(hidden).containsOnlyKeys("y", "x");
    }

    @Test
    @DisplayName("headcount rule: a non-empty cell with fewer than k people is suppressed, an empty one is shown")
    void totalRule() {
        SmallCellSuppression rule = SmallCellSuppression.total(5);
        assertThat(rule.suppress(cells("a", 0, 0, "b", 2, 2, "c", 3, 9, "d", 40, 2)))
                .containsExactly(Map.entry("b", SuppressionReason.BELOW_MINIMUM), Map.entry("c", SuppressionReason.COMPLEMENTARY));
    }

    @Property(tries = 500)
    @Label("no single sensitive cell is ever left alone behind published totals")
    void neverALoneSensitiveCell(@ForAll @Size(min = 2, max = 8) java.util.List<@IntRange(max = 12) Integer> women,
                                 @ForAll @IntRange(min = 1, max = 6) int k) {
        Map<String, SexCounts> cells = new LinkedHashMap<>();
        for (int i = 0; i < women.size(); i++) {
            cells.put("c" + i, new SexCounts(women.get(i), 10 + i, 0));
        }
        Map<String, SuppressionReason> hidden = SmallCellSuppression.eitherSex(k).suppress(cells);
        long sensitiveHidden = hidden.keySet().stream().map(cells::get).filter(c -> c.female() > 0 && c.female() < k).count();
        if (sensitiveHidden > 0) {
            assertThat(hidden).hasSizeGreaterThanOrEqualTo(2);
        }
        hidden.keySet().forEach(key -> assertThat(cells).containsKey(key));
        cells.forEach((key, cell) -> {
            if (cell.female() < k) {
                assertThat(hidden).containsKey(key);
            }
        });
    }
}
