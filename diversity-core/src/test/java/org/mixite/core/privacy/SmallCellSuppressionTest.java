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
    @DisplayName("§7: with --min-cell 1 nothing is suppressed except empty cells: a single-sex cell is shown, an empty one hidden, no complement")
    void minCellOneSuppressesOnlyEmptyCells() {
        Map<String, SuppressionReason> hidden = SmallCellSuppression.eitherSex(1)
                .suppress(cells("a", 1, 1, "b", 0, 7, "c", 2, 3, "d", 0, 0));
        assertThat(hidden).containsExactly(Map.entry("d", SuppressionReason.BELOW_MINIMUM));
        assertThat(SmallCellSuppression.eitherSex(1).isPublishable(new SexCounts(0, 7, 0))).isTrue();
        assertThat(SmallCellSuppression.eitherSex(1).isPublishable(new SexCounts(0, 0, 0))).isFalse();
    }

    @Test
    @DisplayName("§7: with k ≥ 2 a cell with no women (0 < k) has fewer than k women and is suppressed")
    void singleSexCellBelowKAtKTwoOrMore() {
        assertThat(SmallCellSuppression.eitherSex(2).isPublishable(new SexCounts(0, 12, 0))).isFalse();
        assertThat(SmallCellSuppression.eitherSex(5).isPublishable(new SexCounts(12, 0, 0))).isFalse();
        assertThat(SmallCellSuppression.eitherSex(2).isPublishable(new SexCounts(2, 12, 0))).isTrue();
    }

    @Test
    @DisplayName("§7 complementary suppression: a cell hidden because a sex is absent gets its complement too (A 10 F/10 M, B 0 F/12 M, k = 5)")
    void singleSexHiddenCellGetsItsComplement() {
        Map<String, SuppressionReason> hidden = SmallCellSuppression.eitherSex(5).suppress(cells("A", 10, 10, "B", 0, 12));
        // Without A hidden, B = totals − A (0 women, 12 men, and their pay from the published means).
        assertThat(hidden).containsExactly(
                Map.entry("A", SuppressionReason.COMPLEMENTARY),
                Map.entry("B", SuppressionReason.BELOW_MINIMUM));
    }

    @Test
    @DisplayName("§7 complementary suppression: a lone hidden cell beside empty cells would equal the total, so the whole breakdown is hidden, empty cells too")
    void loneHiddenCellEqualToTheTotal() {
        // 3 exits, all resignations: the total exits (1 F, 2 M) are published.
        Map<String, SexCounts> exits = cells("resignation", 1, 2, "dismissal", 0, 0, "end_of_contract", 0, 0, "retirement", 0, 0);
        Map<String, SuppressionReason> hidden = SmallCellSuppression.total(5).suppress(exits);
        assertThat(hidden).containsOnlyKeys(exits.keySet());
        assertThat(hidden.values()).containsOnly(SuppressionReason.WHOLE_BREAKDOWN);
        // the same with the pay-gap rule, and with a cell forced hidden by the caller
        assertThat(SmallCellSuppression.eitherSex(5).suppress(cells("x", 3, 9, "y", 0, 0)).values())
                .containsExactly(SuppressionReason.WHOLE_BREAKDOWN, SuppressionReason.WHOLE_BREAKDOWN);
        assertThat(SmallCellSuppression.total(5).suppress(cells("x", 30, 9, "y", 0, 0), java.util.Set.of("x")).values())
                .containsExactly(SuppressionReason.WHOLE_BREAKDOWN, SuppressionReason.WHOLE_BREAKDOWN);
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

    /** Breakdowns of 2 cells or more: a breakdown of one cell is its total, which no suppression can hide. */
    @Property(tries = 1000)
    @Label("§7: whatever the cells, no hidden non-empty cell can be recovered as the total minus the visible cells")
    void noHiddenCellIsDerivable(@ForAll @Size(min = 2, max = 7) java.util.List<@IntRange(max = 12) Integer> women,
                                 @ForAll @Size(min = 7, max = 7) java.util.List<@IntRange(max = 12) Integer> men,
                                 @ForAll @IntRange(min = 1, max = 6) int k, @ForAll boolean pairRule,
                                 @ForAll @Size(max = 2) java.util.Set<@IntRange(max = 6) Integer> forced) {
        Map<String, SexCounts> cells = new LinkedHashMap<>();
        for (int i = 0; i < women.size(); i++) {
            cells.put("c" + i, new SexCounts(women.get(i), men.get(i), 0));
        }
        java.util.Set<String> forcedKeys = new java.util.HashSet<>();
        forced.forEach(i -> forcedKeys.add("c" + i));
        SmallCellSuppression rule = pairRule ? SmallCellSuppression.eitherSex(k) : SmallCellSuppression.total(k);
        Map<String, SuppressionReason> hidden = rule.suppress(cells, forcedKeys);

        // The attacker knows the totals by sex and every visible cell: the hidden cells sum to the difference.
        long[] total = new long[2];
        long[] visible = new long[2];
        cells.forEach((key, c) -> {
            total[0] += c.female();
            total[1] += c.male();
            if (!hidden.containsKey(key)) {
                visible[0] += c.female();
                visible[1] += c.male();
            }
        });
        long[] hiddenSum = {total[0] - visible[0], total[1] - visible[1]};
        if (hidden.size() == 1) {
            // one hidden cell: the difference is its value, so it must hold nobody
            SexCounts only = cells.get(hidden.keySet().iterator().next());
            assertThat(only.total()).as("lone hidden cell %s = total − visible = %s", hidden, java.util.Arrays.toString(hiddenSum)).isZero();
        }
        // every cell failing the rule (or forced) is hidden; nothing else is hidden without a complementary reason
        cells.forEach((key, c) -> {
            if (!rule.isPublishable(c) || (forcedKeys.contains(key) && c.total() > 0)) {
                assertThat(hidden).containsKey(key);
            }
        });
        // with k = 1 and the pair rule, only empty cells are hidden (unless the caller forces some)
        if (pairRule && k == 1 && forcedKeys.isEmpty()) {
            hidden.keySet().forEach(key -> assertThat(cells.get(key).total()).isZero());
        }
    }
}
