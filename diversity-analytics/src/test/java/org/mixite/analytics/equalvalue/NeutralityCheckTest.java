package org.mixite.analytics.equalvalue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.mixite.core.equalvalue.JobEvaluation;
import org.mixite.core.equalvalue.JobEvaluationReader;
import org.mixite.spi.model.EmployeeRecord;
import org.mixite.spi.model.ReferencePeriod;
import org.mixite.spi.model.Sex;

/** Directive 2023/970 Art. 4(4): criteria "not based directly or indirectly on the sex of workers" — the neutrality check's points to examine. */
class NeutralityCheckTest {

    private static final ReferencePeriod YEAR = ReferencePeriod.calendarYear(2025);

    private static JobEvaluation evaluation() throws IOException {
        // effort rises with the share of women below (0%, 25%, 50%, 75%); skills do not vary with it
        return JobEvaluationReader.read("ev.csv", new StringReader("""
                job_code,skills,effort,responsibility,working_conditions
                a,2,1,2,2
                b,3,2,2,2
                c,3,3,2,2
                d,2,4,2,2
                e,5,5,5,5
                """));
    }

    private static void add(List<EmployeeRecord> people, String job, int women, int men, int pay) {
        for (int i = 0; i < women + men; i++) {
            people.add(EmployeeRecord.builder(job + i, i < women ? Sex.FEMALE : Sex.MALE).birthYear(1980).jobCode(job)
                    .annualBasePay(BigDecimal.valueOf(pay)).build());
        }
    }

    private static List<EmployeeRecord> people() {
        List<EmployeeRecord> people = new ArrayList<>();
        add(people, "a", 0, 8, 30_000);
        add(people, "b", 2, 6, 33_000);
        add(people, "c", 4, 4, 36_000);
        add(people, "d", 6, 2, 20_000); // paid far below what its points predict
        add(people, "e", 1, 1, 90_000); // 2 people: never listed
        people.add(EmployeeRecord.builder("z", Sex.FEMALE).birthYear(1980).jobCode("999z").annualBasePay(BigDecimal.TEN).build());
        return people;
    }

    @Test
    @DisplayName("Art. 4(4): a criterion whose levels rise with the share of women is a point to examine (Pearson r across jobs)")
    void correlations() throws IOException {
        NeutralityCheck check = NeutralityCheck.of(evaluation(), people(), YEAR, 5);
        NeutralityCheck.CriterionCorrelation effort = check.correlations().get(1);
        assertThat(effort.criterion()).isEqualTo("effort");
        assertThat(effort.jobs()).isEqualTo(5);
        // levels 1..5 against shares 0, .25, .5, .75, .5: Σdxdy = 1.5, Σdx² = 10, Σdy² = .325, so r = 1.5 / √3.25
        assertThat(effort.r().orElseThrow()).isCloseTo(1.5 / Math.sqrt(3.25), within(1e-12));
        assertThat(effort.toExamine()).isTrue();
        // responsibility: 2, 2, 2, 2, 5: Σdxdy = 0.3, Σdx² = 7.2: r = 0.3 / √(7.2 × 0.325) ≈ 0.196, under 0.5
        NeutralityCheck.CriterionCorrelation responsibility = check.correlations().get(2);
        assertThat(responsibility.r().orElseThrow()).isCloseTo(0.3 / Math.sqrt(7.2 * 0.325), within(1e-12));
        assertThat(responsibility.toExamine()).isFalse();
        assertThat(check.peopleNotEvaluated()).isEqualTo(1);
    }

    @Test
    @DisplayName("jobs paid 15% or more off the pay-for-points line are points to examine; jobs under k people are counted, not listed")
    void payLine() throws IOException {
        NeutralityCheck check = NeutralityCheck.of(evaluation(), people(), YEAR, 5);
        assertThat(check.jobs()).extracting(NeutralityCheck.JobPay::job).containsExactly("a", "b", "c", "d"); // 175, 225, 250, 250 points
        assertThat(check.jobsNotListed()).isEqualTo(1);
        NeutralityCheck.JobPay d = check.jobs().get(3);
        assertThat(d.womenPercent()).isEqualTo(75.0);
        assertThat(d.payVsLine().orElseThrow()).isLessThan(-15);
        assertThat(d.toExamine()).isTrue();
        assertThat(check.slopePer100Points().orElseThrow()).isPositive();
        // with k = 2 the small job is listed too
        assertThat(NeutralityCheck.of(evaluation(), people(), YEAR, 2).jobs()).hasSize(5);
    }

    @Test
    @DisplayName("r is empty with fewer than 3 jobs or without variation; the line needs two distinct points")
    void degenerate() {
        assertThat(NeutralityCheck.pearson(new double[] {1, 2}, new double[] {0, 1})).isEmpty();
        assertThat(NeutralityCheck.pearson(new double[] {1, 1, 1}, new double[] {0, 1, .5})).isEmpty();
        assertThat(NeutralityCheck.weightedLine(new double[] {3, 3}, new double[] {1, 2}, new double[] {1, 1})).isEmpty();
        double[] line = NeutralityCheck.weightedLine(new double[] {1, 2, 3}, new double[] {2, 4, 6}, new double[] {1, 5, 1}).orElseThrow();
        assertThat(line[0]).isCloseTo(0, within(1e-12));
        assertThat(line[1]).isCloseTo(2, within(1e-12));
    }
}
