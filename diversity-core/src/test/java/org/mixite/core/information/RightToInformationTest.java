package org.mixite.core.information;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.mixite.core.equalvalue.JobEvaluation;
import org.mixite.core.equalvalue.JobEvaluationReader;
import org.mixite.core.indicators.paygap.PayLevel;
import org.mixite.spi.ConfigurationException;
import org.mixite.spi.model.EmployeeRecord;
import org.mixite.spi.model.ReferencePeriod;
import org.mixite.spi.model.Sex;

/** Directive 2023/970 Art. 7: the worker's right to information. */
class RightToInformationTest {

    private static final ReferencePeriod YEAR = ReferencePeriod.calendarYear(2025);

    private static EmployeeRecord person(String id, Sex sex, String category, int base, int variable) {
        return EmployeeRecord.builder(id, sex).birthYear(1980).category(category)
                .annualBasePay(BigDecimal.valueOf(base)).annualVariablePay(BigDecimal.valueOf(variable)).build();
    }

    private static List<EmployeeRecord> workforce() {
        List<EmployeeRecord> people = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            people.add(person("W" + i, Sex.FEMALE, "ic", 40_000 + 1_000 * i, 1_000));
            people.add(person("M" + i, Sex.MALE, "ic", 44_000 + 1_000 * i, 2_000));
        }
        for (int i = 0; i < 6; i++) {
            people.add(person("E" + i, Sex.FEMALE, "emp", 30_000, 0));
        }
        people.add(person("EM", Sex.MALE, "emp", 31_000, 0));
        return people;
    }

    @Test
    @DisplayName("Art. 7(1): the worker's own pay level and the average pay levels of women and men in the category, annual and hourly, base and variable")
    void averagesBySex() {
        InformationAnswer a = RightToInformation.of(workforce(), YEAR, 5, Optional.empty())
                .answer(new InformationRequest("W0", LocalDate.of(2026, 3, 2)));
        assertThat(a.category()).isEqualTo("ic");
        PayLevel own = a.own().orElseThrow();
        assertThat(own.annual()).hasValue(new BigDecimal("41000.00"));
        assertThat(own.annualBase()).hasValue(new BigDecimal("40000.00"));
        assertThat(own.annualVariable()).hasValue(new BigDecimal("1000.00"));
        // hourly: 41,000 / (35 × 52) = 22.527…
        assertThat(own.hourly()).isEqualByComparingTo("22.53");
        PayLevel women = ((GroupFigure.Shown) a.women()).average();
        PayLevel men = ((GroupFigure.Shown) a.men()).average();
        assertThat(women.annual()).hasValue(new BigDecimal("43000.00")); // bases 40..44k + 1k
        assertThat(men.annual()).hasValue(new BigDecimal("48000.00"));   // bases 44..48k + 2k
        assertThat(men.annualVariable()).hasValue(new BigDecimal("2000.00"));
        assertThat(men.hourlyBase().orElseThrow()).isEqualByComparingTo("25.27"); // 46,000 / 1,820
    }

    @Test
    @DisplayName("Art. 7 and §7 small cells: a sex with fewer than the minimum in the category gets no figure, and the letter says so")
    void smallGroupWithheld() {
        InformationAnswer a = RightToInformation.of(workforce(), YEAR, 5, Optional.empty())
                .answer(new InformationRequest("E0", LocalDate.of(2026, 3, 2)));
        assertThat(a.women()).isInstanceOf(GroupFigure.Shown.class);
        assertThat(a.men()).isEqualTo(new GroupFigure.Withheld(5));
        String letter = InformationLetter.text(a, false);
        assertThat(letter).contains("Not given: your category has fewer than 5 men with pay in the period")
                .doesNotContain("31,000").doesNotContain("EM");
        assertThat(InformationLetter.text(a, true)).contains("Non communiqué : votre catégorie compte moins de 5 hommes");
        // With k = 1 the single man's average is shown (reviewers compare figures).
        InformationAnswer all = RightToInformation.of(workforce(), YEAR, 1, Optional.empty())
                .answer(new InformationRequest("E0", LocalDate.of(2026, 3, 2)));
        assertThat(((GroupFigure.Shown) all.men()).average().annual()).hasValue(new BigDecimal("31000.00"));
    }

    @Test
    @DisplayName("Art. 7 and §7 complementary suppression: with 1 to k − 1 people of a sex paid by the hour only, the annual and"
            + " base/variable averages (over the others) are withheld, else 6 × hourly − 5 × (base + variable) gives that colleague's hourly pay")
    void fewWithoutAnnualPayWithheld() {
        List<EmployeeRecord> people = new ArrayList<>(workforce());
        people.add(EmployeeRecord.builder("W-HOURLY", Sex.FEMALE).birthYear(1980).category("ic").hourlyPay(new BigDecimal("31.17")).build());
        InformationAnswer a = RightToInformation.of(people, YEAR, 5, Optional.empty())
                .answer(new InformationRequest("M0", LocalDate.of(2026, 3, 2)));
        PayLevel women = ((GroupFigure.Shown) a.women()).average();
        assertThat(women.annual()).isEmpty();
        assertThat(women.hourlyBase()).isEmpty();
        assertThat(women.hourlyVariable()).isEmpty();
        assertThat(women.hourly()).as("the hourly average over the six women is still given").isPositive();
        assertThat(InformationLetter.text(a, false)).contains("The annual levels and the base / variable split are not given");
        // The men, all with annual pay, keep theirs.
        assertThat(((GroupFigure.Shown) a.men()).average().annual()).hasValue(new BigDecimal("48000.00"));
        // From 5 people paid by the hour only, the annual figures of the others are shown again.
        for (int i = 0; i < 4; i++) {
            people.add(EmployeeRecord.builder("W-HOURLY" + i, Sex.FEMALE).birthYear(1980).category("ic").hourlyPay(new BigDecimal("30")).build());
        }
        InformationAnswer five = RightToInformation.of(people, YEAR, 5, Optional.empty())
                .answer(new InformationRequest("M0", LocalDate.of(2026, 3, 2)));
        assertThat(((GroupFigure.Shown) five.women()).average().annual()).hasValue(new BigDecimal("43000.00"));
    }

    @Test
    @DisplayName("Art. 7(4): the answer is due two months after the request (31 December → 28 February)")
    void dueDate() {
        assertThat(new InformationRequest("x", LocalDate.of(2026, 3, 2)).dueDate()).isEqualTo(LocalDate.of(2026, 5, 2));
        assertThat(new InformationRequest("x", LocalDate.of(2025, 12, 31)).dueDate()).isEqualTo(LocalDate.of(2026, 2, 28));
        InformationAnswer a = RightToInformation.of(workforce(), YEAR, 5, Optional.empty())
                .answer(new InformationRequest("M1", LocalDate.of(2025, 12, 31)));
        assertThat(InformationLetter.text(a, true)).contains("Réponse due au plus tard le : 28/02/2026");
        assertThat(InformationLetter.text(a, false)).contains("Answer due by: 2026-02-28");
    }

    @Test
    @DisplayName("Art. 4 and 7(1): with a job evaluation the category is the job's category of equal value, defined by its band and jobs")
    void equalValueCategory() throws IOException {
        JobEvaluation evaluation = JobEvaluationReader.read("ev.csv", new StringReader("""
                job_code,job_title,skills,effort,responsibility,working_conditions
                388a,Engineer,4,2,3,2
                542a,Clerk,2,3,2,3
                """));
        List<EmployeeRecord> people = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            people.add(person("W" + i, Sex.FEMALE, "ic", 40_000, 0).toBuilder().jobCode("542a").build());
            people.add(person("M" + i, Sex.MALE, "ic", 42_000, 0).toBuilder().jobCode("388a").build());
        }
        InformationAnswer a = RightToInformation.of(people, YEAR, 5, Optional.of(evaluation))
                .answer(new InformationRequest("W0", LocalDate.of(2026, 1, 15)));
        assertThat(a.category()).isEqualTo("EV3"); // both jobs score 275 and 250 → level 3
        assertThat(a.categoryDefinition().english()).contains("250 to under 350 points").contains("542a Clerk, 388a Engineer");
        assertThat(a.categoryDefinition().french()).contains("de 250 à moins de 350 points");
        assertThat(((GroupFigure.Shown) a.men()).average().annual()).hasValue(new BigDecimal("42000.00"));
    }

    @Test
    @DisplayName("Art. 7: an unknown worker is an error naming the id; the letter is deterministic")
    void unknownAndDeterministic() {
        RightToInformation answers = RightToInformation.of(workforce(), YEAR, 5, Optional.empty());
        assertThatThrownBy(() -> answers.answer(new InformationRequest("nobody", LocalDate.of(2026, 1, 1))))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("'nobody'");
        InformationRequest request = new InformationRequest("M2", LocalDate.of(2026, 1, 1));
        assertThat(InformationLetter.text(answers.answer(request), true)).isEqualTo(InformationLetter.text(answers.answer(request), true));
    }

    @Test
    @DisplayName("amounts in letters: French '43 000,00 €', English 'EUR 43,000.00'")
    void amounts() {
        assertThat(InformationLetter.euros(new BigDecimal("43000"), true)).isEqualTo("43\u202f000,00 €");
        assertThat(InformationLetter.euros(new BigDecimal("1234567.8"), false)).isEqualTo("EUR 1,234,567.80");
        assertThat(InformationLetter.euros(new BigDecimal("999.999"), false)).isEqualTo("EUR 1,000.00");
    }
}
