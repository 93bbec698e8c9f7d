package org.mixite.analytics.remediation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.mixite.analytics.Control;
import org.mixite.analytics.People;
import org.mixite.analytics.regression.AdjustedGap;

class RemediationSimulatorTest {

    @Test
    @DisplayName("Art. 10: women 10, 10 vs men 20, 20 → both raised to 19.000000001 €/h (gap strictly under 5%), 1,820 h each")
    void art10WaterFilling() {
        RemediationPlan plan = RemediationSimulator.plan(new People().women("K", "l", 10, 10).men("K", "l", 20, 20)
                .sample(), new Target.Art10());
        // Need 100·S·2 > 95·40,000,000,000·2 → S ≥ 38,000,000,001 n€ → floor ⌈S/2⌉ = 19,000,000,001 n€.
        assertThat(plan.raises()).extracting(Raise::toNanos).containsExactly(19_000_000_001L, 19_000_000_001L);
        // 9.000000001 €/h × 35 h × 52 = 16,380.00000182 → 16,380.01 each, rounded up (no weekly hours: 35 h × fte).
        assertThat(plan.raises()).extracting(Raise::annualCost).containsOnly(new BigDecimal("16380.01"));
        assertThat(plan.budget()).isEqualByComparingTo("32760.02");
        assertThat(plan.people()).isEqualTo(2);
        assertThat(plan.byCategory()).containsOnlyKeys("K");
        // Lower bound: D = 38,000,000,001 − 20,000,000,000 n€ × 1,820 h = 32,760.00000182 → 32,760.00 (floor).
        assertThat(plan.lowerBound()).contains(new BigDecimal("32760.00"));
        assertThat(plan.optimalityGap()).contains(new BigDecimal("0.02"));
        assertThat(plan.reached()).isTrue();
        assertThat(plan.before().flaggedCategories()).containsExactly("K");
        assertThat(plan.after().flaggedCategories()).isEmpty();
    }

    @Test
    @DisplayName("Art. 10 counts everyone with pay: a woman without a hire date (no tenure) is raised, and only the regression leaves her out")
    void art10CountsPeopleMissingAControl() {
        java.util.List<org.mixite.spi.model.EmployeeRecord> records = new java.util.ArrayList<>(
                new People().women("K", "l", 10, 10).men("K", "l", 20, 20).records());
        for (int i = 0; i < records.size(); i++) {
            if (i != 1) { // P00001 has no hire date, so no tenure
                records.set(i, records.get(i).toBuilder().hireDate(java.time.LocalDate.of(2010 + i, 3, 1)).build());
            }
        }
        org.mixite.analytics.AnalyticsSample sample = org.mixite.analytics.AnalyticsSample.of(records, People.YEAR,
                java.util.Set.of(Control.TENURE));
        assertThat(sample.size()).isEqualTo(4);
        assertThat(sample.excluded()).isEmpty();
        assertThat(sample.leftOutOfRegression()).containsExactly(java.util.Map.entry("missing tenure", 1L));
        assertThat(sample.completeCases().size()).isEqualTo(3);
        assertThat(sample.completeCases().excluded()).containsExactly(java.util.Map.entry("missing tenure", 1L));
        // The regression sees the three people with a tenure (too few for 3 parameters here).
        assertThat(org.mixite.analytics.regression.PayRegression.fit(sample).gap())
                .isInstanceOfSatisfying(AdjustedGap.NotComputable.class, e -> {
                    assertThat(e.n()).isEqualTo(3);
                    assertThat(e.reason()).endsWith("(after leaving out 1 missing tenure)");
                });

        RemediationPlan plan = RemediationSimulator.plan(sample, new Target.Art10());
        // The same plan as without any control (art10WaterFilling): both women to 19.000000001 €/h.
        assertThat(plan.raises()).extracting(Raise::id).containsExactly("P00000", "P00001");
        assertThat(plan.raises()).extracting(Raise::toNanos).containsExactly(19_000_000_001L, 19_000_000_001L);
        assertThat(plan.after().flaggedCategories()).isEmpty();
    }

    @Test
    @DisplayName("Art. 10 boundary: a gap of exactly 5% is flagged and raised; 4.999995% is not")
    void art10Boundary() {
        RemediationPlan exact = RemediationSimulator.plan(new People().women("K", "l", 19, 19).men("K", "l", 20, 20)
                .sample(), new Target.Art10());
        assertThat(exact.before().flaggedCategories()).containsExactly("K");
        assertThat(exact.raises()).extracting(Raise::toNanos).containsExactly(19_000_000_001L, 19_000_000_001L);
        RemediationPlan under = RemediationSimulator.plan(new People().women("K", "l", 19.000001, 19.000001)
                .men("K", "l", 20, 20).sample(), new Target.Art10());
        assertThat(under.before().flaggedCategories()).isEmpty();
        assertThat(under.raises()).isEmpty();
        assertThat(under.budget()).isEqualByComparingTo("0");
    }

    @Test
    @DisplayName("Art. 10 with women paid 5%+ more: men are raised (|gap| ≥ 5 is flagged both ways), women untouched")
    void art10NegativeGap() {
        RemediationPlan plan = RemediationSimulator.plan(new People().women("K", "l", 20, 20).men("K", "l", 10, 10)
                .sample(), new Target.Art10());
        // Need 105·S·2 > 100·40,000,000,000·2 → S ≥ 38,095,238,096 → floor 19,047,619,048.
        assertThat(plan.raises()).extracting(Raise::toNanos).containsExactly(19_047_619_048L, 19_047_619_048L);
        assertThat(plan.raises()).extracting(Raise::id).containsExactly("P00002", "P00003");
        assertThat(plan.reached()).isTrue();
    }

    @Test
    @DisplayName("Water-filling raises the lowest-paid first, nobody above the floor, categories apart")
    void lowestFirst() {
        RemediationPlan plan = RemediationSimulator.plan(new People().women("K", "l", 10, 18, 30).men("K", "l", 25, 25, 25)
                .women("Q", "l", 10).men("Q", "l", 10).sample(), new Target.Art10());
        // Need S ≥ 3·23.75 € + 1 n€ = 71,250,000,001 n€; floor L: 2L + 30 € ≥ S → L = 20.6250000005 € → 20,625,000,001 n€.
        assertThat(plan.raises()).extracting(Raise::id, Raise::toNanos).containsExactly(
                org.assertj.core.groups.Tuple.tuple("P00000", 20_625_000_001L), org.assertj.core.groups.Tuple.tuple("P00001", 20_625_000_001L));
        assertThat(plan.byCategory()).containsOnlyKeys("K");
    }

    @Test
    @DisplayName("Raw gap below X%: the whole sample is one group")
    void rawGap() {
        RemediationPlan plan = RemediationSimulator.plan(new People().women("A", "l", 10).women("B", "l", 30)
                .men("A", "l", 15).men("B", "l", 30).sample(), Target.parse("gap:10"));
        // Men's mean 22.5; need 100·S > 90·45 € → S ≥ 40.500000001 €; floor over women: L + 30 € ≥ S → L = 10.500000001 €.
        assertThat(plan.raises()).extracting(Raise::toNanos).containsExactly(10_500_000_001L);
        assertThat(plan.reached()).isTrue();
        assertThat(plan.after().rawGap()).hasValueSatisfying(g -> assertThat(g).isLessThan(10));
    }

    @Test
    @DisplayName("Adjusted target: after the raises the adjusted gap is no longer significant; nobody's pay falls")
    void adjusted() {
        People people = new People();
        java.util.Random random = new java.util.Random(3);
        for (int i = 0; i < 200; i++) {
            String level = "L" + (i % 3);
            double base = 15 + 5 * (i % 3) + random.nextInt(300) / 100.0;
            people.add(i % 2 == 0 ? org.mixite.spi.model.Sex.FEMALE : org.mixite.spi.model.Sex.MALE,
                    i % 2 == 0 ? base * 0.9 : base, "K", level, "HQ", BigDecimal.ONE);
        }
        var sample = people.sample(Control.LEVEL);
        RemediationPlan plan = RemediationSimulator.plan(sample, new Target.AdjustedNotSignificant());
        assertThat(plan.before().adjusted()).isInstanceOfSatisfying(AdjustedGap.Estimate.class,
                e -> assertThat(e.significant()).isTrue());
        assertThat(plan.reached()).isTrue();
        assertThat(plan.after().adjusted()).isInstanceOfSatisfying(AdjustedGap.Estimate.class,
                e -> assertThat(e.pValue()).isGreaterThanOrEqualTo(0.05));
        assertThat(plan.raises()).allSatisfy(r -> assertThat(r.toNanos()).isGreaterThan(r.fromNanos()));
        assertThat(plan.lowerBound()).isEqualTo(Optional.empty());
        assertThat(plan.people()).isPositive().isLessThanOrEqualTo(100);
    }

    @Test
    @DisplayName("Adjusted gap below X%: after the raises the refitted gap is under X%")
    void adjustedBelow() {
        People people = new People();
        for (int i = 0; i < 120; i++) {
            double base = 15 + 5 * (i % 3) + (i % 11) * 0.3;
            people.add(i % 2 == 0 ? org.mixite.spi.model.Sex.FEMALE : org.mixite.spi.model.Sex.MALE,
                    i % 2 == 0 ? base * 0.8 : base, "K", "L" + (i % 3), "HQ", BigDecimal.ONE);
        }
        RemediationPlan plan = RemediationSimulator.plan(people.sample(Control.LEVEL), Target.parse("adjusted:3"));
        assertThat(plan.before().adjusted()).isInstanceOfSatisfying(AdjustedGap.Estimate.class,
                e -> assertThat(e.percent()).isGreaterThan(15));
        assertThat(plan.reached()).isTrue();
        assertThat(plan.after().adjusted()).isInstanceOfSatisfying(AdjustedGap.Estimate.class,
                e -> assertThat(e.percent()).isLessThan(3).isGreaterThan(-3));
        assertThat(plan.method()).contains("under 3%");
    }

    @Test
    @DisplayName("Targets parse: art10, adjusted, gap:X; bad ones are refused")
    void parse() {
        assertThat(Target.parse("art10")).isEqualTo(new Target.Art10());
        assertThat(Target.parse("ADJUSTED")).isEqualTo(new Target.AdjustedNotSignificant());
        assertThat(Target.parse("gap:3.5").key()).isEqualTo("gap:3.5");
        assertThat(Target.parse("adjusted:2")).isEqualTo(new Target.AdjustedBelow(new BigDecimal("2")));
        assertThatThrownBy(() -> Target.parse("gap:x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Target.parse("gap:0")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Target.parse("egapro")).isInstanceOf(IllegalArgumentException.class);
    }
}
