package org.mixite.core.barometer;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.mixite.core.indicators.composition.SexTally;
import org.mixite.core.jobs.JobClassifier;
import org.mixite.core.privacy.Cell;
import org.mixite.core.privacy.SuppressionReason;
import org.mixite.spi.model.EmployeeRecord;
import org.mixite.spi.model.ReferencePeriod;
import org.mixite.spi.model.Sex;

/** Issue 18: the barometer's distribution, trend, placement and contribution checks, by hand. */
class BarometerTest {

    /** A member whose people all work in technical digital jobs in Toulouse, present all year. */
    static Contribution member(String id, ReferencePeriod period, int women, int men) {
        ContributionAccumulator acc = new ContributionAccumulator(id, period, JobClassifier.defaults());
        for (int i = 0; i < women + men; i++) {
            acc.add(EmployeeRecord.builder(id + i, i < women ? Sex.FEMALE : Sex.MALE).birthYear(1990).jobCode("388a")
                    .workPostalCode("31000").build());
        }
        return acc.contribution(Contribution.Headline.NONE, "0.1.0");
    }

    private static final ReferencePeriod Y2024 = ReferencePeriod.calendarYear(2024);
    private static final ReferencePeriod Y2025 = ReferencePeriod.calendarYear(2025);

    @Test
    @DisplayName("quartiles of 5 members at 10, 20, 30, 40, 50%: 20, 30, 40; deciles need 10 members; never a member's name")
    void distribution() {
        List<Contribution> five = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            five.add(member("M" + i, Y2025, i, 10 - i));
        }
        BarometerResult.Distribution d = Barometer.distribution(Indicator.WOMEN_SHARE, five, 5);
        assertThat(d.membersReporting()).isEqualTo(5);
        assertThat(d.quartiles().orElseThrow()).containsExactly(new BigDecimal("20.0"), new BigDecimal("30.0"), new BigDecimal("40.0"));
        assertThat(d.deciles()).isEmpty();
        assertThat(Barometer.distribution(Indicator.WOMEN_SHARE, five.subList(0, 4), 5).withheld()).isPresent();

        List<Contribution> eleven = new ArrayList<>();
        for (int i = 0; i <= 10; i++) {
            eleven.add(member("M" + i, Y2025, i, 10 - i));
        }
        assertThat(Barometer.distribution(Indicator.WOMEN_SHARE, eleven, 5).deciles().orElseThrow()).extracting(BigDecimal::toPlainString)
                .containsExactly("10.0", "20.0", "30.0", "40.0", "50.0", "60.0", "70.0", "80.0", "90.0");
    }

    @Test
    @DisplayName("quantiles are interpolated exactly: the median of 1/8 and 12/100 is 12.25% → 12.3 (half up, once)")
    void exactQuantile() {
        List<Ratio> shares = List.of(Ratio.of(12, 100), Ratio.of(1, 8));
        assertThat(Barometer.quantile(shares, 1, 2)).isEqualByComparingTo("12.3");
        // 1/3 and 2/3: 50.0 exactly, where decimals of 1/3 would give 49.99…
        assertThat(Barometer.quantile(List.of(Ratio.of(1, 3), Ratio.of(2, 3)), 1, 2)).isEqualByComparingTo("50.0");
    }

    @Test
    @DisplayName("trend: only members present in both years count (like for like), and how many they are is said")
    void likeForLike() {
        List<Contribution> before = List.of(member("A", Y2024, 2, 8), member("B", Y2024, 2, 8), member("C", Y2024, 2, 8),
                member("D", Y2024, 9, 1), member("E", Y2024, 9, 1), member("F", Y2024, 9, 1)); // D, E, F leave the federation
        List<Contribution> after = List.of(member("A", Y2025, 3, 7), member("B", Y2025, 3, 7), member("C", Y2025, 3, 7),
                member("G", Y2025, 9, 1), member("H", Y2025, 9, 1), member("I", Y2025, 9, 1));
        BarometerResult.TrendStep step = Barometer.trend(before, after, 5);
        assertThat(step.likeForLike()).isEqualTo(3);
        BarometerResult.TrendValue women = step.values().get(0);
        assertThat(women.indicator()).isEqualTo(Indicator.WOMEN_SHARE);
        assertThat(women.before()).hasValue(new BigDecimal("20.0"));
        assertThat(women.after()).hasValue(new BigDecimal("30.0"));
        assertThat(women.change()).hasValue(new BigDecimal("10.0"));
    }

    @Test
    @DisplayName("trend: one member present in one year only would be told apart (published total − like-for-like): withheld")
    void differencing() {
        List<Contribution> before = List.of(member("A", Y2024, 2, 8), member("B", Y2024, 2, 8), member("C", Y2024, 2, 8));
        List<Contribution> after = List.of(member("A", Y2025, 3, 7), member("B", Y2025, 3, 7), member("C", Y2025, 3, 7),
                member("NEW", Y2025, 9, 1));
        BarometerResult.TrendValue women = Barometer.trend(before, after, 5).values().get(0);
        assertThat(women.change()).isEmpty();
        assertThat(women.withheld().orElseThrow()).startsWith("differencing");
    }

    /** A member with technical digital people in Toulouse and {@code unknown} people without a job code. */
    static Contribution member(String id, ReferencePeriod period, int women, int men, int unknownFamily) {
        ContributionAccumulator acc = new ContributionAccumulator(id, period, JobClassifier.defaults());
        for (int i = 0; i < women + men; i++) {
            acc.add(EmployeeRecord.builder(id + i, i < women ? Sex.FEMALE : Sex.MALE).birthYear(1990).jobCode("388a")
                    .workPostalCode("31000").build());
        }
        for (int i = 0; i < unknownFamily; i++) {
            acc.add(EmployeeRecord.builder(id + "u" + i, Sex.FEMALE).birthYear(1990).workPostalCode("31000").build());
        }
        return acc.contribution(Contribution.Headline.NONE, "0.1.0");
    }

    @Test
    @DisplayName("barometer.md complementary suppression: a figure hidden in a period (here as the complementary cell) is not"
            + " published through the like-for-like trend, where it would be the same members' share")
    void trendWithholdsAFigureThePeriodHides() {
        // The 3 people of unknown job family are below k; the technical digital cell, the only other, is its complement.
        List<Contribution> before = List.of(member("A", Y2024, 3, 7, 1), member("B", Y2024, 4, 6, 1), member("C", Y2024, 2, 8, 1));
        List<Contribution> after = List.of(member("A", Y2025, 4, 6, 1), member("B", Y2025, 4, 6, 1), member("C", Y2025, 3, 7, 1));
        BarometerResult result = Barometer.compute(List.of(before, after), 5);
        assertThat(result.latest().indicators().get(Indicator.TECHNICAL_DIGITAL))
                .isEqualTo(new Cell.Suppressed<SexTally>(SuppressionReason.COMPLEMENTARY));
        BarometerResult.TrendValue technical = result.trend().get(0).values().stream()
                .filter(v -> v.indicator() == Indicator.TECHNICAL_DIGITAL).findFirst().orElseThrow();
        assertThat(technical.before()).isEmpty();
        assertThat(technical.after()).isEmpty();
        assertThat(technical.change()).isEmpty();
        assertThat(technical.withheld()).hasValue("complementary");
        BarometerResult.TrendValue women = result.trend().get(0).values().get(0);
        assertThat(women.after()).as("the total, published, still has its trend").hasValue(new BigDecimal("42.4"));
    }

    @Test
    @DisplayName("placement: rank, quartile and mid-rank percentile among members, exact comparison of shares; its own share only")
    void placement() {
        List<Contribution> members = List.of(member("A", Y2025, 1, 9), member("B", Y2025, 2, 8), member("C", Y2025, 2, 8),
                member("D", Y2025, 5, 5));
        Placement.Place c = Placement.of("C", members, 5).places().get(0);
        assertThat(c.rank()).isEqualTo(2);
        assertThat(c.of()).isEqualTo(4);
        assertThat(c.quartile()).isEqualTo(2);
        assertThat(c.percentile()).isEqualByComparingTo("50.0"); // (1 below + ½ × 2 equal) / 4
        assertThat(c.ownShare()).hasValue(new BigDecimal("20.0"));
        Placement.Place d = Placement.of("D", members, 5).places().get(0);
        assertThat(d.rank()).isEqualTo(4);
        assertThat(d.quartile()).isEqualTo(4);
        assertThat(Placement.of("D", members, 11).places().get(0).withheld()).isPresent();
    }

    @Test
    @DisplayName("one dominant member hides the total as dominance, and its lone region cell with the whole breakdown (it would equal the total)")
    void dominantRegion() {
        List<Contribution> members = List.of(member("A", Y2025, 40, 60), member("B", Y2025, 2, 3), member("C", Y2025, 2, 3));
        BarometerResult.PeriodFigures figures = Barometer.compute(List.of(members), 5).latest();
        assertThat(figures.stock().get("region").get("76")).isEqualTo(new Cell.Suppressed<SexTally>(SuppressionReason.WHOLE_BREAKDOWN));
        assertThat(figures.total()).isEqualTo(new Cell.Suppressed<SexTally>(SuppressionReason.DOMINANCE));
        List<Contribution> balanced = List.of(member("A", Y2025, 8, 12), member("B", Y2025, 5, 10), member("C", Y2025, 5, 10));
        assertThat(Barometer.compute(List.of(balanced), 5).latest().stock().get("region").get("76").shown()).isPresent();
    }

    @Test
    @DisplayName("a contribution whose breakdowns do not add up to its total is reported, naming the breakdown")
    void totalsNotAddingUp() {
        Contribution good = member("A", Y2025, 3, 7);
        assertThat(ContributionCheck.problems(good)).isEmpty();
        Contribution bad = new Contribution(good.schemaVersion(), good.member(), good.period(), good.mixiteVersion(), good.jobMapping(),
                good.regionList(), good.total().plus(DisclosureTest.tally(1, 0)), good.stock(), good.flows(), good.headline());
        assertThat(ContributionCheck.problems(bad)).isNotEmpty().allSatisfy(p -> assertThat(p).startsWith("stock."));
    }
}
