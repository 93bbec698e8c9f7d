package org.mixite.analytics.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.mixite.analytics.json.JointAssessmentJson;
import org.mixite.analytics.regression.AdjustedGap;
import org.mixite.core.privacy.Cell;
import org.mixite.json.MixiteJson;
import org.mixite.spi.ConfigurationException;
import org.mixite.spi.model.EmployeeRecord;
import org.mixite.spi.model.ReferencePeriod;
import org.mixite.spi.model.Sex;

/** Directive 2023/970 Art. 10(2): the joint pay assessment, point by point. */
class JointAssessmentTest {

    private static final ReferencePeriod YEAR = ReferencePeriod.calendarYear(2025);

    private static void add(List<EmployeeRecord> people, String category, Sex sex, int count, int pay, int returned, int raised) {
        for (int i = 0; i < count; i++) {
            EmployeeRecord.Builder b = EmployeeRecord.builder(category + sex.name().charAt(0) + i, sex).birthYear(1980 + i)
                    .category(category).annualBasePay(BigDecimal.valueOf(pay + 10L * i)).annualVariablePay(BigDecimal.ZERO);
            if (i < returned) {
                b.maternityReturn(true).raisedAfterMaternity(i < raised);
            }
            people.add(b.build());
        }
    }

    /** A: women paid 25% less (flagged); B: 2.4% (not flagged); C: 2 women, suppressed; D: its complement. */
    private static List<EmployeeRecord> people(int womenPayInA, int womenPayInB) {
        List<EmployeeRecord> people = new ArrayList<>();
        add(people, "A", Sex.FEMALE, 6, womenPayInA, 5, 3);
        add(people, "A", Sex.MALE, 6, 40_000, 0, 0);
        add(people, "B", Sex.FEMALE, 6, womenPayInB, 0, 0);
        add(people, "B", Sex.MALE, 6, 41_000, 1, 1);
        add(people, "C", Sex.FEMALE, 2, 50_000, 0, 0);
        add(people, "C", Sex.MALE, 6, 50_000, 0, 0);
        // D: the smallest other category, hidden with C so that C cannot be derived from the totals (regulations.md §7)
        add(people, "D", Sex.FEMALE, 5, 45_000, 0, 0);
        add(people, "D", Sex.MALE, 5, 45_000, 0, 0);
        return people;
    }

    private static JointAssessment.Figures figures(JointAssessment a, String category) {
        return a.categories().stream().filter(c -> c.category().equals(category)).findFirst().orElseThrow().figures().shown().orElseThrow();
    }

    @Test
    @DisplayName("Art. 10(2)(a)-(c): proportions, average pay levels by sex, the gap and the 5% flag per category")
    void pointsAToC() {
        JointAssessment a = JointAssessment.of(people(30_000, 40_000), YEAR, 5, Optional.empty(), Map.of(), Optional.empty());
        JointAssessment.Figures fa = figures(a, "A");
        assertThat(fa.women()).isEqualTo(6);
        assertThat(fa.womenPercent()).hasValue(new BigDecimal("50.0"));
        assertThat(fa.levels().women().average().orElseThrow().annual()).hasValue(new BigDecimal("30025.00")); // 30,000 + 10 × (0..5) / 6
        assertThat(fa.levels().men().average().orElseThrow().annualBase()).hasValue(new BigDecimal("40025.00"));
        assertThat(fa.gaps().gap()).hasValue(new BigDecimal("25.0")); // (40,025 − 30,025) / 40,025 = 24.98…
        assertThat(fa.flagged()).isTrue();
        assertThat(figures(a, "B").flagged()).isFalse();
        assertThat(a.categories().stream().filter(c -> c.category().equals("C")).findFirst().orElseThrow().figures())
                .isInstanceOf(Cell.Suppressed.class);
        assertThat(a.required()).isTrue();
    }

    @Test
    @DisplayName("Art. 10(2)(d): the adjusted gap within the category, and the recorded justification; a justified gap needs no measure (f) and no assessment")
    void pointD() {
        JointAssessment a = JointAssessment.of(people(30_000, 40_000), YEAR, 5, Optional.empty(), Map.of(), Optional.empty());
        AdjustedGap.Estimate adjusted = (AdjustedGap.Estimate) figures(a, "A").adjusted();
        // within A nothing but sex and age separates people: the adjusted gap is close to the raw 25%
        assertThat(adjusted.percent()).isCloseTo(25.0, within(0.2));
        assertThat(figures(a, "A").measure().orElseThrow().people()).isEqualTo(6);
        Map<String, Justification> reasons = Map.of("A", new Justification("A", true, "night shifts"));
        JointAssessment justified = JointAssessment.of(people(30_000, 40_000), YEAR, 5, Optional.empty(), reasons, Optional.empty());
        assertThat(figures(justified, "A").justification()).hasValue(reasons.get("A"));
        assertThat(figures(justified, "A").measure()).isEmpty();
        assertThat(justified.plan().people()).isZero();
        assertThat(justified.required()).isFalse();
        JointAssessment notJustified = JointAssessment.of(people(30_000, 40_000), YEAR, 5, Optional.empty(),
                Map.of("A", new Justification("A", false, "none found")), Optional.empty());
        assertThat(notJustified.required()).isTrue();
        assertThat(notJustified.plan().people()).isEqualTo(6);
    }

    @Test
    @DisplayName("Art. 10(2)(b) and §7 complementary suppression: with 1 to k − 1 women paid by the hour only, their category's annual"
            + " and base/variable averages are withheld, else the hourly average minus them gives those women's hourly pay")
    void pointBFewWithoutAnnualPay() throws IOException {
        List<EmployeeRecord> people = people(30_000, 40_000);
        people.add(EmployeeRecord.builder("A-HOURLY", Sex.FEMALE).birthYear(1990).category("A").hourlyPay(new BigDecimal("19.87")).build());
        JointAssessment a = JointAssessment.of(people, YEAR, 5, Optional.empty(), Map.of(), Optional.empty());
        JsonNode json = MixiteJson.mapper().readTree(MixiteJson.toString(JointAssessmentJson.write(a)));
        JsonNode women = json.get("categories").get(0).get("b").get("women");
        assertThat(json.get("categories").get(0).get("category").asText()).isEqualTo("A");
        assertThat(women.get("hourly").decimalValue()).isPositive();
        assertThat(women.get("annual").isNull()).isTrue();
        assertThat(women.get("hourlyBase").isNull()).isTrue();
        assertThat(women.get("hourlyVariable").isNull()).isTrue();
        JsonNode men = json.get("categories").get(0).get("b").get("men");
        assertThat(men.get("annual").decimalValue()).isEqualByComparingTo("40025.00");
    }

    @Test
    @DisplayName("Art. 10(2)(e) and (f): returns from leave by sex, withheld under k; measures = the Art. 10 plan with its budget, reaching under 5%")
    void pointsEAndF() throws IOException {
        JointAssessment a = JointAssessment.of(people(30_000, 40_000), YEAR, 5, Optional.empty(), Map.of(), Optional.empty());
        assertThat(figures(a, "A").leave()).isEqualTo(new JointAssessment.LeaveReturns(5, 3, 0, 0));
        assertThat(a.plan().reached()).isTrue();
        assertThat(a.plan().budget()).isPositive();
        JsonNode json = MixiteJson.mapper().readTree(MixiteJson.toString(JointAssessmentJson.write(a)));
        JsonNode first = json.get("categories").get(0);
        assertThat(first.get("category").asText()).isEqualTo("A");
        assertThat(first.get("e").get("women").get("percent").decimalValue()).isEqualByComparingTo("60.0");
        assertThat(first.get("e").get("men").asText()).isEqualTo("none");
        assertThat(json.get("categories").get(1).get("e").get("men").asText()).isEqualTo("withheld"); // 1 man back in B
        assertThat(json.get("categories").get(2).get("suppressed").asText()).isEqualTo("BELOW_MINIMUM");
        assertThat(json.get("categories").get(2).has("b")).isFalse();
        assertThat(json.get("categories").get(3).get("suppressed").asText()).isEqualTo("COMPLEMENTARY");
        assertThat(first.get("f").get("budget").decimalValue()).isEqualByComparingTo(a.plan().budget());
        assertThat(json.get("categories").get(1).get("f").isNull()).isTrue();
        // (f) of a category raising fewer than k people is hidden with a complement, so the plan's total gives neither away
        List<EmployeeRecord> two = people(30_000, 40_000);
        add(two, "E", Sex.FEMALE, 4, 43_000, 0, 0);
        add(two, "E", Sex.FEMALE, 2, 20_000, 0, 0); // only these two are raised
        add(two, "E", Sex.MALE, 6, 43_000, 0, 0);
        JointAssessment small = JointAssessment.of(two, YEAR, 5, Optional.empty(), Map.of(), Optional.empty());
        assertThat(small.plan().byCategory().get("E").people()).isLessThan(5);
        JsonNode smallJson = MixiteJson.mapper().readTree(MixiteJson.toString(JointAssessmentJson.write(small)));
        assertThat(smallJson.get("categories").get(4).get("category").asText()).isEqualTo("E");
        assertThat(smallJson.get("categories").get(4).get("f").asText()).isEqualTo("suppressed");
        assertThat(smallJson.get("categories").get(0).get("f").asText()).isEqualTo("suppressed");
        assertThat(json.toString()).doesNotContain("AF0").doesNotContain("AM1"); // no person named
    }

    @Test
    @DisplayName("Art. 10(2)(g): against the previous assessment, each category's change and whether a flagged gap was remedied")
    void pointG() {
        JointAssessment before = JointAssessment.of(people(28_000, 36_000), ReferencePeriod.calendarYear(2024), 5, Optional.empty(),
                Map.of(), Optional.empty());
        JointAssessment now = JointAssessment.of(people(30_000, 40_000), YEAR, 5, Optional.empty(), Map.of(), Optional.of(before));
        assertThat(now.previousPeriod()).hasValue(ReferencePeriod.calendarYear(2024));
        JointAssessment.Evolution a = now.categories().get(0).evolution().orElseThrow();
        assertThat(a.previousGap()).hasValue(new BigDecimal("30.0")); // (40,025 − 28,025) / 40,025
        assertThat(a.change()).hasValue(new BigDecimal("-5.0"));
        assertThat(a.outcome()).isEqualTo("reduced");
        JointAssessment.Evolution b = now.categories().get(1).evolution().orElseThrow();
        assertThat(b.previouslyFlagged()).isTrue(); // (41,025 − 36,025) / 41,025 = 12.2%
        assertThat(b.outcome()).isEqualTo("remedied");
        assertThat(now.categories().get(2).evolution().orElseThrow().outcome()).isEqualTo("not comparable");
    }

    @Test
    @DisplayName("Art. 10(2)(d) justifications file: category, justified (yes/no), reason; errors name file, line and column")
    void justificationsFile() throws IOException {
        Map<String, Justification> read = Justifications.read("reasons.csv", new StringReader("""
                category,justified,reason
                A,oui,"shift premiums, agreed"
                B,no,none found
                """));
        assertThat(read.get("A")).isEqualTo(new Justification("A", true, "shift premiums, agreed"));
        assertThat(read.get("B").justified()).isFalse();
        assertThatThrownBy(() -> Justifications.read("reasons.csv", new StringReader("category,justified,reason\nA,maybe,x\n")))
                .isInstanceOf(ConfigurationException.class).hasMessage("reasons.csv:2: column 'justified': 'maybe' is not yes or no");
        assertThatThrownBy(() -> Justifications.read("reasons.csv", new StringReader("category,justified\nA,yes\n")))
                .hasMessageStartingWith("reasons.csv: header: the column 'reason' is missing");
        assertThatThrownBy(() -> Justifications.read("reasons.csv", new StringReader("category,justified,reason\nA,yes,x\nA,no,y\n")))
                .hasMessage("reasons.csv:3: column 'category': 'A' is justified twice");
    }
}
