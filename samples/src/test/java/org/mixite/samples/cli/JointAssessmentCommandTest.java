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

/** issue 25: the Art. 10(2) joint pay assessment through the CLI, and the demo's EU workflows. */
class JointAssessmentCommandTest {

    @TempDir
    Path dir;

    private Path year(String name, int womenPay) throws IOException {
        StringBuilder csv = new StringBuilder("id,sex,birth_year,job_code,annual_base_pay,annual_variable_pay,maternity_return,raised_after_maternity\n");
        for (int i = 0; i < 6; i++) {
            csv.append("E").append(i).append(",M,1980,388a,").append(50_000 + 100 * i).append(",1000,false,false\n");
            csv.append("N").append(i).append(",F,1980,431a,").append(womenPay + 100 * i).append(",0,").append(i < 5).append(',').append(i < 2).append('\n');
        }
        return Files.writeString(dir.resolve(name), csv);
    }

    private Path evaluation() throws IOException {
        return Files.writeString(dir.resolve("evaluation.csv"), """
                job_code,job_title,skills,effort,responsibility,working_conditions
                388a,Engineer,4,2,3,2
                431a,Nurse,3,3,3,3
                """);
    }

    @Test
    @DisplayName("Art. 10(2)(a)-(g): joint-assessment writes the JSON and a deterministic PDF, French and English")
    void writesDocument() throws IOException {
        Path out = dir.resolve("out");
        Path reasons = Files.writeString(dir.resolve("reasons.csv"), "category,justified,reason\nEV3,no,none found\n");
        CliRun run = CliRun.of("joint-assessment", "--input", year("2025.csv", 42_000).toString(), "--previous",
                year("2024.csv", 40_000).toString(), "--job-evaluation", evaluation().toString(), "--justifications",
                reasons.toString(), "--out", out.toString(), "--period", "2025-01-01..2025-12-31", "--lang", "fr");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode doc = MixiteJson.mapper().readTree(out.resolve("joint-assessment.json").toFile());
        assertThat(doc.get("required").asBoolean()).isTrue();
        JsonNode ev3 = doc.get("categories").get(0);
        assertThat(ev3.get("category").asText()).isEqualTo("EV3"); // 275 and 300 points: both nearest level 3
        assertThat(ev3.get("definition").get("jobs").toString()).contains("388a Engineer", "431a Nurse");
        assertThat(ev3.get("a").get("womenPercent").decimalValue()).isEqualByComparingTo("50.0");
        assertThat(ev3.get("b").get("women").get("annual").decimalValue()).isEqualByComparingTo("42250.00");
        assertThat(ev3.get("c").get("flagged").asBoolean()).isTrue();
        assertThat(ev3.get("d").get("justification").get("reason").asText()).isEqualTo("none found");
        assertThat(ev3.get("e").get("women").get("raised").asInt()).isEqualTo(2);
        assertThat(ev3.get("f").get("people").asInt()).isPositive();
        assertThat(ev3.get("g").get("outcome").asText()).isEqualTo("reduced");
        byte[] pdf = Files.readAllBytes(out.resolve("joint-assessment.pdf"));
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        Path again = dir.resolve("again");
        CliRun second = CliRun.of("joint-assessment", "--input", dir.resolve("2025.csv").toString(), "--previous",
                dir.resolve("2024.csv").toString(), "--job-evaluation", evaluation().toString(), "--justifications",
                reasons.toString(), "--out", again.toString(), "--period", "2025-01-01..2025-12-31", "--lang", "fr");
        assertThat(second.exitCode()).isZero();
        assertThat(Files.readAllBytes(again.resolve("joint-assessment.pdf"))).isEqualTo(pdf);
        CliRun english = CliRun.of("joint-assessment", "--input", dir.resolve("2025.csv").toString(), "--out",
                dir.resolve("en").toString(), "--lang", "en", "--period", "2025-01-01..2025-12-31");
        assertThat(english.exitCode()).as(english.err()).isZero();
        assertThat(english.err()).contains("joint pay assessment (Art. 10)");
    }

    @Test
    @DisplayName("the demo writes the joint assessment on its job evaluation and an Art. 7 answer")
    void demo() throws IOException {
        Path out = dir.resolve("demo");
        CliRun run = CliRun.of("demo", "--out", out.toString(), "--lang", "en");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode doc = MixiteJson.mapper().readTree(out.resolve("joint-assessment/joint-assessment.json").toFile());
        assertThat(doc.get("previousPeriod").asText()).isEqualTo("2024-01-01..2024-12-31");
        assertThat(doc.get("categories")).hasSize(4);
        assertThat(doc.get("categories").get(0).get("d").get("justification").get("justified").asBoolean()).isTrue();
        assertThat(doc.get("categories").get(0).get("f").isNull()).isTrue(); // EV1 justified: no measure
        assertThat(Files.exists(out.resolve("joint-assessment/joint-assessment.pdf"))).isTrue();
        assertThat(Files.readString(out.resolve("right-to-info-example.txt"))).contains("Answer due by: 2026-05-02");
    }
}
