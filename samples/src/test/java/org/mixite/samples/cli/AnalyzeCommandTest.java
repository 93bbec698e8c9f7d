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

/** issue 10: the analyze document through the CLI. */
class AnalyzeCommandTest {

    @TempDir
    Path dir;

    private Path file(String name, double womenFactor) throws IOException {
        StringBuilder csv = new StringBuilder("id,sex,birth_year,category,level,hourly_pay\n");
        for (int i = 0; i < 40; i++) {
            boolean woman = i % 2 == 0;
            int level = (i / 2) % 4;
            double pay = 15 + 5 * level + (i % 7) * 0.5;
            csv.append(i).append(',').append(woman ? 'F' : 'M').append(',').append(1970 + i % 30).append(',')
                    .append("c").append(i % 2 + i / 20).append(',').append("L").append(level).append(',')
                    .append(String.format(java.util.Locale.ROOT, "%.2f", woman ? pay * womenFactor : pay)).append('\n');
        }
        return Files.writeString(dir.resolve(name), csv);
    }

    @Test
    @DisplayName("analyze prints the adjusted gap with its CI, the decomposition, a remediation plan and the trend")
    void document() throws IOException {
        CliRun run = CliRun.of("analyze", "--input", file("2026.csv", 0.85).toString(), "--previous",
                file("2025.csv", 0.8).toString(), "--controls", "level,ageBand,fte", "--target", "art10");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode doc = MixiteJson.mapper().readTree(run.out());
        JsonNode gap = doc.get("adjustedGap");
        assertThat(gap.get("status").asText()).isEqualTo("computed");
        // every woman paid 0.85 × a man of her level: the adjusted gap is 15% up to the cent rounding of pay
        assertThat(gap.get("percent").decimalValue()).isBetween(new java.math.BigDecimal("14"), new java.math.BigDecimal("16"));
        assertThat(gap.get("ciLow").decimalValue()).isLessThan(gap.get("percent").decimalValue());
        assertThat(gap.get("n").asInt()).isEqualTo(40);
        assertThat(doc.get("oaxaca").get("contributions").has("level")).isTrue();
        assertThat(doc.get("remediation").get("reached").asBoolean()).isTrue();
        assertThat(doc.get("remediation").get("after").get("flaggedCategories")).isEmpty();
        assertThat(doc.get("trend").get("changes")).hasSize(1);
        // fte is constant: dropped and said
        assertThat(gap.get("dropped").toString()).contains("fte");
    }

    @Test
    @DisplayName("issue 10: --target egapro1:40 on the demo data reaches 40/40 on Egapro indicator 1; --previous repeats for a three-period trend")
    void egaproTargetAndThreePeriods() throws IOException {
        Path demo = dir.resolve("demo");
        for (String year : new String[] {"2024", "2025"}) {
            try (var in = getClass().getResourceAsStream("/org/mixite/samples/demo/demo-" + year + ".csv")) {
                Files.createDirectories(demo);
                Files.copy(in, demo.resolve(year + ".csv"));
            }
        }
        CliRun run = CliRun.of("analyze", "--input", demo.resolve("2025.csv").toString(), "--target", "egapro1:40",
                "--previous", demo.resolve("2024.csv").toString(), "--previous", demo.resolve("2024.csv").toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode plan = MixiteJson.mapper().readTree(run.out()).get("remediation");
        assertThat(plan.get("target").asText()).isEqualTo("egapro1:40");
        assertThat(plan.get("before").get("egaproIndicator1").get("note").asInt()).isLessThan(40);
        assertThat(plan.get("after").get("egaproIndicator1").get("note").asInt()).isEqualTo(40);
        assertThat(plan.get("reached").asBoolean()).isTrue();
        assertThat(plan.get("people").asInt()).isPositive();
        assertThat(MixiteJson.mapper().readTree(run.out()).get("trend").get("changes")).hasSize(2);
    }

    @Test
    @DisplayName("text summary; bad controls and targets are configuration errors")
    void textAndErrors() throws IOException {
        Path f = file("2026.csv", 0.85);
        CliRun text = CliRun.of("analyze", "--input", f.toString(), "--format", "text", "--target", "gap:2");
        assertThat(text.exitCode()).as(text.err()).isZero();
        assertThat(text.out()).contains("Adjusted pay gap:", "Oaxaca-Blinder", "Remediation (gap:2)");
        assertThat(CliRun.of("analyze", "--input", f.toString(), "--controls", "shoe-size").exitCode()).isNotZero();
        assertThat(CliRun.of("analyze", "--input", f.toString(), "--target", "egapro:75").exitCode()).isNotZero();
    }
}
