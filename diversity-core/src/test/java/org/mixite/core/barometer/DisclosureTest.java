package org.mixite.core.barometer;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.mixite.core.indicators.composition.SexTally;
import org.mixite.core.privacy.Cell;
import org.mixite.core.privacy.SuppressionReason;

/** barometer.md, "Publishing rules for a federation's figures": each rule with the case that hides and the case that shows. */
class DisclosureTest {

    @Test
    @DisplayName("barometer.md: at least 3 contributing members — 2 members hide the cell, 3 show it")
    void contributorRule() {
        assertThat(Disclosure.memberRule(List.of(10L, 10L, 0L))).hasValue(SuppressionReason.FEW_CONTRIBUTORS);
        assertThat(Disclosure.memberRule(List.of(10L))).hasValue(SuppressionReason.FEW_CONTRIBUTORS);
        assertThat(Disclosure.memberRule(List.of(10L, 10L, 1L))).isEmpty();
        assertThat(Disclosure.memberRule(List.of(0L, 0L))).as("an empty cell protects nobody").isEmpty();
    }

    @Test
    @DisplayName("barometer.md: (1, 85%) dominance — a member with 86 of 100 hides the cell, 85 of 100 (not more than 85%) shows it")
    void dominanceRule() {
        assertThat(Disclosure.memberRule(List.of(86L, 7L, 7L))).hasValue(SuppressionReason.DOMINANCE);
        assertThat(Disclosure.memberRule(List.of(85L, 8L, 7L))).isEmpty();
        // exact, not rounded: 171 of 201 is 85.07%
        assertThat(Disclosure.memberRule(List.of(171L, 15L, 15L))).hasValue(SuppressionReason.DOMINANCE);
        assertThat(Disclosure.memberRule(List.of(170L, 15L, 15L))).isEmpty();
    }

    @Test
    @DisplayName("README small cells: a dominated cell is hidden as dominance, with a complementary cell, and k still applies")
    void breakdownWithDominance() {
        Map<String, SexTally> merged = new LinkedHashMap<>();
        merged.put("76", tally(60, 40));   // 100 people: member A has 90
        merged.put("11", tally(30, 30));   // 60 people, spread
        merged.put("84", tally(10, 10));   // 20 people, spread
        merged.put("53", tally(2, 1));     // 3 people: below k = 5
        merged.put("unknown", tally(0, 0));
        Map<String, List<Long>> members = new LinkedHashMap<>();
        members.put("76", List.of(90L, 5L, 5L));
        members.put("11", List.of(20L, 20L, 20L));
        members.put("84", List.of(7L, 7L, 6L));
        members.put("53", List.of(1L, 1L, 1L));
        members.put("unknown", List.of(0L, 0L, 0L));
        Map<String, Cell<SexTally>> cells = Disclosure.breakdown(merged, members, 5);
        assertThat(cells.get("76")).isEqualTo(new Cell.Suppressed<>(SuppressionReason.DOMINANCE));
        assertThat(cells.get("53")).isEqualTo(new Cell.Suppressed<>(SuppressionReason.BELOW_MINIMUM));
        assertThat(cells.get("11")).isInstanceOf(Cell.Shown.class);
        // 76 and 53 together (total − visible) are 91 of A's 103: still dominated, so 84 is hidden with them (98 of 123).
        assertThat(cells.get("84")).isEqualTo(new Cell.Suppressed<>(SuppressionReason.COMPLEMENTARY));

        // One dominated cell alone would be total − the others: the smallest other one goes too.
        merged.put("53", tally(0, 0));
        members.put("53", List.of(0L, 0L, 0L));
        Map<String, Cell<SexTally>> alone = Disclosure.breakdown(merged, members, 5);
        assertThat(alone.get("76")).isEqualTo(new Cell.Suppressed<>(SuppressionReason.DOMINANCE));
        assertThat(alone.get("84")).isEqualTo(new Cell.Suppressed<>(SuppressionReason.COMPLEMENTARY));
        assertThat(alone.get("11")).isInstanceOf(Cell.Shown.class);
    }

    @Test
    @DisplayName("barometer.md publishing rules and complementary suppression: two cells hidden as few contributors, both one member's,"
            + " would give that member's own figure as total − visible cells; the smallest visible cell is hidden with them")
    void hiddenCellsTogetherFollowTheMemberRules() {
        Map<String, SexTally> merged = new LinkedHashMap<>();
        merged.put("94", tally(1, 2));     // member A alone
        merged.put("53", tally(2, 2));     // member A alone
        merged.put("11", tally(30, 30));
        merged.put("84", tally(10, 10));
        merged.put("76", tally(15, 15));
        Map<String, List<Long>> members = new LinkedHashMap<>();
        members.put("94", List.of(3L, 0L, 0L));
        members.put("53", List.of(4L, 0L, 0L));
        members.put("11", List.of(20L, 20L, 20L));
        members.put("84", List.of(7L, 7L, 6L));
        members.put("76", List.of(10L, 10L, 10L));
        Map<String, Cell<SexTally>> cells = Disclosure.breakdown(merged, members, 5);
        assertThat(cells.get("94")).isEqualTo(new Cell.Suppressed<>(SuppressionReason.FEW_CONTRIBUTORS));
        assertThat(cells.get("53")).isEqualTo(new Cell.Suppressed<>(SuppressionReason.FEW_CONTRIBUTORS));
        assertThat(cells.get("84")).as("hidden with them: the three together hold 3 members, none above 85%")
                .isEqualTo(new Cell.Suppressed<>(SuppressionReason.COMPLEMENTARY));
        assertThat(cells.get("11")).isInstanceOf(Cell.Shown.class);
        assertThat(cells.get("76")).isInstanceOf(Cell.Shown.class);
    }

    @Test
    @DisplayName("a total (people, hires…) follows the member rules, not k; a single figure follows all three")
    void totalsAndSingles() {
        assertThat(Disclosure.total(tally(1, 1), List.of(1L, 1L, 0L))).isEqualTo(new Cell.Suppressed<>(SuppressionReason.FEW_CONTRIBUTORS));
        assertThat(Disclosure.total(tally(2, 1), List.of(1L, 1L, 1L))).isInstanceOf(Cell.Shown.class);
        assertThat(Disclosure.single(tally(2, 1), List.of(1L, 1L, 1L), 5)).isEqualTo(new Cell.Suppressed<>(SuppressionReason.BELOW_MINIMUM));
        assertThat(Disclosure.single(tally(90, 10), List.of(90L, 5L, 5L), 5)).isEqualTo(new Cell.Suppressed<>(SuppressionReason.DOMINANCE));
        assertThat(Disclosure.single(tally(0, 0), List.of(0L, 0L), 5)).isInstanceOf(Cell.Shown.class);
        assertThat(Disclosure.memberRule(List.of())).isEqualTo(Optional.empty());
    }

    static SexTally tally(long f, long m) {
        return new SexTally(f, m, 0, BigDecimal.valueOf(f).setScale(2), BigDecimal.valueOf(m).setScale(2));
    }
}
