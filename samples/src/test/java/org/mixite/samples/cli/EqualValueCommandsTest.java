package org.mixite.samples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mixite.json.MixiteJson;

/** issue 25: categories of equal value (Art. 4) and the right to information (Art. 7) through the CLI. */
class EqualValueCommandsTest {

    @TempDir
    Path dir;

    /** Engineers (388a, men) and nurses (431a, women) of equal value; clerks (542a) below. */
    private Path people() throws IOException {
        StringBuilder csv = new StringBuilder("id,sex,birth_year,job_code,category,annual_base_pay,annual_variable_pay\n");
        for (int i = 0; i < 6; i++) {
            csv.append("E").append(i).append(",M,1980,388a,ic,").append(50_000 + 1_000 * i).append(",2000\n");
            csv.append("N").append(i).append(",F,1980,431a,tam,").append(40_000 + 1_000 * i).append(",0\n");
        }
        for (int i = 0; i < 5; i++) {
            csv.append("C").append(i).append(",F,1985,542a,emp,30000,0\n");
        }
        csv.append("CM,M,1985,542a,emp,31000,0\n");
        return Files.writeString(dir.resolve("people.csv"), csv);
    }

    private Path evaluation() throws IOException {
        return Files.writeString(dir.resolve("evaluation.csv"), """
                # bands: 250
                job_code,job_title,skills,effort,responsibility,working_conditions
                388a,Engineer,4,2,3,2
                431a,Nurse,3,3,3,3
                542a,Clerk,2,2,2,2
                """);
    }

    @Test
    @DisplayName("Art. 9(1)(g) and Art. 10 with --job-evaluation: the categories are the bands of equal value, engineers and nurses in one")
    void paygapByEqualValue() throws IOException {
        CliRun plain = CliRun.of("paygap", "--input", people().toString(), "--period", "2025-01-01..2025-12-31", "--min-cell", "1");
        assertThat(MixiteJson.mapper().readTree(plain.out()).get("eu").get("categoryGaps").has("ic")).isTrue();
        CliRun run = CliRun.of("paygap", "--input", people().toString(), "--job-evaluation", evaluation().toString(),
                "--period", "2025-01-01..2025-12-31", "--min-cell", "1");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode eu = MixiteJson.mapper().readTree(run.out()).get("eu");
        assertThat(eu.get("categoryGaps").has("EV2")).isTrue(); // 275 and 300 points
        assertThat(eu.get("categoryGaps").has("ic")).isFalse();
        // men 52,500 + 2,000 against women 42,500: (54,500 − 42,500) / 54,500 = 22.0%
        assertThat(eu.get("categoryGaps").get("EV2").decimalValue()).isEqualByComparingTo("22.0");
        assertThat(eu.get("categoriesAtOrAboveThreshold").toString()).contains("EV2");
        assertThat(MixiteJson.mapper().readTree(run.out()).get("fr").get("G").has("EV2")).isTrue();
        assertThat(run.err()).contains("categories of equal value from").contains("2 bands over 3 jobs");
    }

    @Test
    @DisplayName("a bad evaluation file stops the command with file, line and column, exit 2")
    void badEvaluation() throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.csv"), "job_code,skills,effort,responsibility,working_conditions\n388a,4,2,9,2\n");
        CliRun run = CliRun.of("paygap", "--input", people().toString(), "--job-evaluation", bad.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE_OR_IO);
        assertThat(run.err()).contains("bad.csv:2: column 'responsibility': 9 is outside the scale, 1 to 5");
    }

    @Test
    @DisplayName("Art. 4(4): job-evaluation prints points, categories and the neutrality check as points to examine")
    void jobEvaluationCommand() throws IOException {
        CliRun run = CliRun.of("job-evaluation", "--input", people().toString(), "--job-evaluation", evaluation().toString(),
                "--period", "2025-01-01..2025-12-31");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode doc = MixiteJson.mapper().readTree(run.out());
        assertThat(doc.get("evaluation").get("jobs").get(1).get("points").decimalValue()).isEqualByComparingTo("300");
        assertThat(doc.get("evaluation").get("categories").get(1).get("jobs").toString()).contains("388a Engineer", "431a Nurse");
        assertThat(doc.get("neutrality").get("nature").asText()).contains("not a finding");
        assertThat(doc.get("neutrality").get("criteria")).hasSize(4);
        CliRun text = CliRun.of("job-evaluation", "--input", people().toString(), "--job-evaluation", evaluation().toString(),
                "--period", "2025-01-01..2025-12-31", "--format", "text", "--lang", "fr");
        assertThat(text.out()).contains("EV2 (250 points et plus) : ".replace(" : ", ": ")).contains("points à examiner");
    }

    @Test
    @DisplayName("Art. 7: right-to-info writes the worker's letter with the due date two months after --request-date")
    void rightToInfo() throws IOException {
        CliRun run = CliRun.of("right-to-info", "--input", people().toString(), "--job-evaluation", evaluation().toString(),
                "--employee", "N0", "--request-date", "2026-03-02", "--period", "2025-01-01..2025-12-31", "--lang", "en");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Answer due by: 2026-05-02").contains("Your category of workers: EV2")
                .contains("Annual (full time): EUR 40,000.00") // N0's own
                .contains("Annual (full time): EUR 42,500.00, of which base EUR 42,500.00 and variable EUR 0.00") // women of EV2
                .contains("Annual (full time): EUR 54,500.00, of which base EUR 52,500.00 and variable EUR 2,000.00") // men of EV2
                .contains("388a Engineer").doesNotContain("E1").doesNotContain("N1");
        CliRun again = CliRun.of("right-to-info", "--input", people().toString(), "--job-evaluation", evaluation().toString(),
                "--employee", "N0", "--request-date", "2026-03-02", "--period", "2025-01-01..2025-12-31", "--lang", "en");
        assertThat(again.out()).isEqualTo(run.out());
    }

    @Test
    @DisplayName("Art. 7 and small cells: the clerks' single man gets no figure; batch mode writes one letter per request")
    void batchAndSmallCells() throws IOException {
        Path requests = Files.writeString(dir.resolve("requests.csv"), "employee_id,request_date\nC0,2026-01-10\nE2,2026-01-31\n");
        Path out = dir.resolve("letters");
        CliRun run = CliRun.of("right-to-info", "--input", people().toString(), "--job-evaluation", evaluation().toString(),
                "--requests", requests.toString(), "--out", out.toString(), "--period", "2025-01-01..2025-12-31", "--lang", "fr");
        assertThat(run.exitCode()).as(run.err()).isZero();
        String clerk = Files.readString(out.resolve("right-to-info-C0-2026-01-10.txt"));
        assertThat(clerk).contains("Non communiqué : votre catégorie compte moins de 5 hommes").doesNotContain("31\u202f000");
        String engineer = Files.readString(out.resolve("right-to-info-E2-2026-01-31.txt"));
        assertThat(engineer).contains("Réponse due au plus tard le : 31/03/2026");
        Path unknown = Files.writeString(dir.resolve("unknown.csv"), "employee_id,request_date\nZZ,2026-01-10\n");
        CliRun bad = CliRun.of("right-to-info", "--input", people().toString(), "--requests", unknown.toString(), "--out", out.toString());
        assertThat(bad.exitCode()).isEqualTo(ExitCodes.USAGE_OR_IO);
        assertThat(bad.err()).contains("no employee with id 'ZZ'");
    }
}
