package org.mixite.core.equalvalue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.mixite.spi.ConfigurationException;
import org.mixite.spi.model.EmployeeRecord;
import org.mixite.spi.model.Sex;

/** Directive 2023/970 Art. 4(4): a job evaluation on skills, effort, responsibility and working conditions → categories of equal value. */
class JobEvaluationTest {

    static JobEvaluation read(String text) throws IOException {
        return JobEvaluationReader.read("evaluation.csv", new StringReader(text));
    }

    private static final String WEIGHTED = """
            # levels: 5
            # weights: skills=30, effort=20, responsibility=35, working_conditions=15, customer_contact=0
            # bands: 200, 300
            job_code,job_title,skills,effort,responsibility,working_conditions,customer_contact
            388a,Software engineer,4,2,3,1,2
            542a,Office clerk,2,2,2,2,5
            621a,Machine operator,2,4,2,4,1
            388c,IT manager,5,3,5,2,3
            """;

    @Test
    @DisplayName("Art. 4(4): points = Σ weight × level × 100 / Σ weight, exact to 2 decimals, half up")
    void weightedPoints() throws IOException {
        JobEvaluation e = read(WEIGHTED);
        // 388a: (30·4 + 20·2 + 35·3 + 15·1 + 0·2) × 100 / 100 = 280
        assertThat(e.points(e.jobs().get(0))).isEqualByComparingTo("280");
        // 542a: (60 + 40 + 70 + 30) = 200
        assertThat(e.points(e.jobs().get(1))).isEqualByComparingTo("200");
        // 621a: 60 + 80 + 70 + 60 = 270
        assertThat(e.points(e.jobs().get(2))).isEqualByComparingTo("270");
        JobEvaluation thirds = read("""
                job_code,skills,effort,responsibility,working_conditions,team
                a,1,1,1,1,2
                """);
        // equal weights over 5 criteria: 6 × 100 / 5 = 120; with 3 criteria it would not terminate, hence the rounding
        assertThat(thirds.points(thirds.jobs().get(0))).isEqualByComparingTo("120.00");
    }

    @Test
    @DisplayName("Art. 4(4): jobs of points in the same company band form one category of equal value (EV1 below the first threshold)")
    void companyBands() throws IOException {
        JobEvaluation e = read(WEIGHTED);
        assertThat(e.bands().companySet()).isTrue();
        assertThat(e.categories()).extracting(EqualValueCategory::name).containsExactly("EV1", "EV2", "EV3");
        assertThat(e.categories().get(0).jobs()).isEmpty();
        // 200 is the lower bound of EV2 (inclusive); 270 and 280 below 300
        assertThat(e.categories().get(1).jobs()).containsExactly("542a Office clerk", "621a Machine operator", "388a Software engineer");
        assertThat(e.categories().get(2).jobs()).containsExactly("388c IT manager");
        assertThat(e.categories().get(1).band(false)).isEqualTo("200 to under 300 points");
        assertThat(e.categories().get(2).band(true)).isEqualTo("300 points et plus");
    }

    @Test
    @DisplayName("default banding: one category per level, each job at the level nearest its weighted average score")
    void defaultBands() throws IOException {
        JobEvaluation e = read("""
                job_code,skills,effort,responsibility,working_conditions
                a,1,1,1,2
                b,2,2,1,1
                c,2,2,2,1
                d,5,5,5,5
                """);
        assertThat(e.bands().companySet()).isFalse();
        assertThat(e.bands().rationale()).isEqualTo(ScoreBands.DEFAULT_RATIONALE);
        assertThat(e.categories()).hasSize(5);
        // a: 125 → level 1; b: 150 → level 2 (half up); c: 175 → level 2; d: 500 → level 5
        assertThat(e.categoryName(e.jobs().get(0))).isEqualTo("EV1");
        assertThat(e.categoryName(e.jobs().get(1))).isEqualTo("EV2");
        assertThat(e.categoryName(e.jobs().get(2))).isEqualTo("EV2");
        assertThat(e.categoryName(e.jobs().get(3))).isEqualTo("EV5");
    }

    @Test
    @DisplayName("Art. 9(1)(g), G, Art. 10: a record's category becomes its job's category of equal value, by job code, else job_family = title")
    void assignsRecords() throws IOException {
        JobEvaluation e = read(WEIGHTED + "\n,Nurse,3,4,4,4,5\n");
        EmployeeRecord engineer = EmployeeRecord.builder("1", Sex.FEMALE).jobCode("388A").category("ic").build();
        assertThat(e.assign(engineer).category()).hasValue("EV2");
        EmployeeRecord nurse = EmployeeRecord.builder("2", Sex.FEMALE).jobFamily("nurse").build();
        assertThat(e.assign(nurse).category()).hasValue("EV3"); // (90 + 80 + 140 + 60) = 370
        EmployeeRecord other = EmployeeRecord.builder("3", Sex.MALE).jobCode("999z").category("tam").build();
        assertThat(e.assign(other)).isSameAs(other);
    }

    @Test
    @DisplayName("bad files: the message names the file, the line and the column")
    void errorsNameFileLineAndColumn() {
        assertThatThrownBy(() -> read("""
                job_code,skills,effort,responsibility,working_conditions
                a,1,1,1,1
                b,1,6,1,1
                """)).isInstanceOf(ConfigurationException.class)
                .hasMessage("evaluation.csv:3: column 'effort': 6 is outside the scale, 1 to 5 (set another with '# levels: N')");
        assertThatThrownBy(() -> read("""
                job_code,skills,effort,responsibility,working_conditions
                a,1,x,1,1
                """)).hasMessage("evaluation.csv:2: column 'effort': 'x' is not a whole level from 1 to 5");
        assertThatThrownBy(() -> read("""
                job_code,skills,effort,responsibility,working_conditions
                a,1,,1,1
                """)).hasMessage("evaluation.csv:2: column 'effort': a score is required");
        assertThatThrownBy(() -> read("""
                job_code,skills,effort,responsibility
                a,1,1,1
                """)).hasMessageStartingWith("evaluation.csv: header: the column 'working_conditions' is missing (Art. 4(4)");
        assertThatThrownBy(() -> read("""
                skills,effort,responsibility,working_conditions
                1,1,1,1
                """)).hasMessage("evaluation.csv: header: a job_code or job_title column is needed");
        assertThatThrownBy(() -> read("""
                job_code,skills,effort,responsibility,working_conditions
                a,1,1,1,1
                A,2,2,2,2
                """)).hasMessage("evaluation.csv:3: column 'job_code': 'A' is already evaluated on line 2");
        assertThatThrownBy(() -> read("""
                job_code,job_title,skills,effort,responsibility,working_conditions
                ,,1,1,1,1
                """)).hasMessage("evaluation.csv:2: column 'job_code': a job needs a job_code or a job_title");
        assertThatThrownBy(() -> read("""
                # weights: skills=1, stamina=2
                job_code,skills,effort,responsibility,working_conditions
                a,1,1,1,1
                """)).hasMessageStartingWith("evaluation.csv: '# weights': 'stamina=2' is not criterion=weight");
        assertThatThrownBy(() -> read("""
                # weights: working_conditions=0
                job_code,skills,effort,responsibility,working_conditions
                a,1,1,1,1
                """)).hasMessageContaining("working_conditions has weight 0; Art. 4(4)");
        assertThatThrownBy(() -> read("""
                # bands: 300, 200
                job_code,skills,effort,responsibility,working_conditions
                a,1,1,1,1
                """)).hasMessage("evaluation.csv: '# bands': the thresholds must be ascending (200 after 300)");
        assertThatThrownBy(() -> read("""
                # levels: one
                job_code,skills,effort,responsibility,working_conditions
                a,1,1,1,1
                """)).hasMessage("evaluation.csv: '# levels': 'one' is not a whole number from 2 to 100");
        assertThatThrownBy(() -> read("job_code,skills,effort,responsibility,working_conditions\n"))
                .hasMessageStartingWith("evaluation.csv: no job");
        assertThatThrownBy(() -> read("""
                job_code,skills,effort,responsibility,working_conditions
                a,1,1,1,1,1
                """)).hasMessage("evaluation.csv:2: 6 fields, the header has 5");
    }

    @Test
    @DisplayName("a company scale of 7 levels accepts 7 and the default bands follow it")
    void otherScale() throws IOException {
        JobEvaluation e = read("""
                # levels: 7
                job_code,skills,effort,responsibility,working_conditions
                a,7,7,7,7
                """);
        assertThat(e.points(e.jobs().get(0))).isEqualByComparingTo(BigDecimal.valueOf(700));
        assertThat(e.categories()).hasSize(7);
        assertThat(e.categoryName(e.jobs().get(0))).isEqualTo("EV7");
    }
}
