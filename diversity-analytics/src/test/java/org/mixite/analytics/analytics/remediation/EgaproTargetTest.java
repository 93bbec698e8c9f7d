package org.mixite.analytics.remediation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.mixite.analytics.AnalyticsSample;
import org.mixite.core.indicators.egapro.PayGapScore;
import org.mixite.spi.model.EmployeeRecord;
import org.mixite.spi.model.ReferencePeriod;
import org.mixite.spi.model.Sex;

/** The remediation target "Egapro indicator 1 scores at least X points" (egapro.md, indicator 1; decree 2019-15 annex). */
class EgaproTargetTest {

    private static final ReferencePeriod YEAR = ReferencePeriod.calendarYear(2026);

    /** One CSP (ic) × one age band (40-49 in 2026), full time, full year: indicator-1 pay = annual pay. */
    private static AnalyticsSample sample(int[] women, int[] men) {
        List<EmployeeRecord> records = new ArrayList<>();
        for (int pay : women) {
            records.add(person(records.size(), Sex.FEMALE, pay));
        }
        for (int pay : men) {
            records.add(person(records.size(), Sex.MALE, pay));
        }
        return AnalyticsSample.of(records, YEAR, Set.of());
    }

    private static EmployeeRecord person(int n, Sex sex, int annual) {
        return EmployeeRecord.builder(String.format("E%03d", n), sex).birthYear(1980).category("ic")
                .fte(BigDecimal.ONE).annualBasePay(BigDecimal.valueOf(annual)).build();
    }

    @Test
    @DisplayName("Indicator 1, csp mode: women 30,000 vs men 40,000 (gap 25%, 20 beyond the 5-point threshold, 2 points) "
            + "→ for 40 points each woman is lifted to 37,980.40 (gap 5.049%, rounds to 0.0)")
    void womenLiftedToTheThreshold() {
        RemediationPlan plan = RemediationSimulator.plan(sample(new int[] {30_000, 30_000, 30_000},
                new int[] {40_000, 40_000, 40_000}), new Target.EgaproPayPoints(40));
        assertThat(plan.before().egaproPay()).map(PayGapScore::note).contains(2);
        assertThat(plan.after().egaproPay()).map(PayGapScore::note).contains(40);
        assertThat(plan.after().egaproPay()).map(PayGapScore::ecart).hasValueSatisfying(e -> assertThat(e).isEqualByComparingTo("0.0"));
        assertThat(plan.reached()).isTrue();
        assertThat(plan.raises()).extracting(Raise::id).containsExactly("E000", "E001", "E002");
        // 7,980.40 € a year over 35 h × 52 = 1,820 h: 4.384835164835… €/h, rounded up to the nano-euro,
        // then 4.384835165 × 1,820 = 7,980.4000003 → 7,980.41 (a budget never under the exact cost).
        assertThat(plan.raises()).extracting(r -> r.toNanos() - r.fromNanos()).containsOnly(4_384_835_165L);
        assertThat(plan.raises()).extracting(Raise::annualCost).containsOnly(new BigDecimal("7980.41"));
        // Least indicator-1 pay to add: any plan must bring the gap under 0.05 (it rounds to 0.0):
        // (20 − 0.05) points ÷ (100 / (3 × 40,000)) per euro = 23,940.00 €; the plan aims at 0.049.
        assertThat(plan.lowerBound()).contains(new BigDecimal("23940.00"));
        assertThat(plan.optimalityGap()).contains(new BigDecimal("1.23"));
    }

    @Test
    @DisplayName("Indicator 1 favouring women: the men are raised, never the women; the plan reaches the points asked")
    void menRaisedWhenWomenAreFavoured() {
        RemediationPlan plan = RemediationSimulator.plan(sample(new int[] {40_000, 40_000, 40_000},
                new int[] {30_000, 31_000, 32_000}), new Target.EgaproPayPoints(39));
        assertThat(plan.reached()).isTrue();
        assertThat(plan.after().egaproPay()).map(PayGapScore::note).hasValueSatisfying(n -> assertThat(n).isGreaterThanOrEqualTo(39));
        assertThat(plan.raises()).extracting(Raise::id).containsExactly("E003", "E004", "E005");
        // Water-filling: all three men end on one floor, whatever they earned before.
        long spread = plan.raises().stream().mapToLong(Raise::toNanos).max().orElseThrow()
                - plan.raises().stream().mapToLong(Raise::toNanos).min().orElseThrow();
        assertThat(spread).isLessThanOrEqualTo(2);
    }

    @Test
    @DisplayName("A target already met gives no raise; fewer than 3 of a sex in every group makes indicator 1 not calculable, "
            + "and the plan says it is not reached")
    void metOrNotCalculable() {
        RemediationPlan met = RemediationSimulator.plan(sample(new int[] {39_000, 39_000, 39_000},
                new int[] {40_000, 40_000, 40_000}), new Target.EgaproPayPoints(40));
        assertThat(met.raises()).isEmpty();
        assertThat(met.reached()).isTrue();
        RemediationPlan none = RemediationSimulator.plan(sample(new int[] {30_000, 30_000},
                new int[] {40_000, 40_000, 40_000}), new Target.EgaproPayPoints(40));
        assertThat(none.before().egaproPay()).isEmpty();
        assertThat(none.raises()).isEmpty();
        assertThat(none.reached()).isFalse();
    }

    @Test
    @DisplayName("Target syntax: egapro1:X with 0 ≤ X ≤ 40")
    void parse() {
        assertThat(Target.parse("egapro1:37")).isEqualTo(new Target.EgaproPayPoints(37));
        assertThat(Target.parse("egapro1:37").key()).isEqualTo("egapro1:37");
        assertThatThrownBy(() -> Target.parse("egapro1:41")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0 to 40");
        assertThatThrownBy(() -> Target.parse("egapro1:x")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("egapro1:x");
    }
}
