package org.mixite.samples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mixite.json.MixiteJson;

/** Issues 6 and 8: the report commands end to end. */
class ReportCommandsTest {

    @TempDir
    Path dir;

    private Path demoFile(String name) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/org/mixite/samples/demo/" + name)) {
            return Files.write(dir.resolve(name), in.readAllBytes());
        }
    }

    @Test
    @DisplayName("demo: report.pdf, report.json (with trend and analytics) and an empty rejects.csv; byte-identical twice")
    void demo() throws IOException {
        CliRun run = CliRun.of("demo", "--out", dir.resolve("a").toString(), "--lang", "fr");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("Egapro index").contains("wrote");
        JsonNode report = MixiteJson.mapper().readTree(dir.resolve("a/report.json").toFile());
        for (String member : new String[] {"meta", "load", "headlines", "egapro", "rixain", "paygap", "composition", "analytics", "trend"}) {
            assertThat(report.has(member)).as(member).isTrue();
        }
        assertThat(Files.readString(dir.resolve("a/rejects.csv"))).isEqualTo("source,line,column,adapter,id,field,message\n");
        byte[] pdf = Files.readAllBytes(dir.resolve("a/report.pdf"));
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        CliRun again = CliRun.of("demo", "--out", dir.resolve("b").toString(), "--lang", "fr");
        assertThat(again.exitCode()).isZero();
        assertThat(Files.readAllBytes(dir.resolve("b/report.pdf"))).isEqualTo(pdf);
        assertThat(Files.readAllBytes(dir.resolve("b/report.json"))).isEqualTo(Files.readAllBytes(dir.resolve("a/report.json")));
    }

    @Test
    @DisplayName("report on the 3-company federation file: the federation view and suppressed cells appear")
    void federationReport() throws IOException {
        Path file = demoFile("federation-2025.csv");
        // k = 10: the board (6 people) and other small cells are hidden
        CliRun run = CliRun.of("report", "--input", file.toString(), "--out", dir.resolve("fed").toString(), "--lang", "en",
                "--company", "Federation", "--min-cell", "10");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode report = MixiteJson.mapper().readTree(dir.resolve("fed/report.json").toFile());
        assertThat(report.path("composition").path("federation").path("companies").asInt()).isEqualTo(3);
        assertThat(Files.readString(dir.resolve("fed/report.json"))).contains("\"suppressed\"");
    }

    @Test
    @DisplayName("composition on the federation file: company positions, totals never suppressed")
    void compositionFederation() throws IOException {
        Path file = demoFile("federation-2025.csv");
        CliRun run = CliRun.of("composition", "--input", file.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode doc = MixiteJson.mapper().readTree(run.out());
        assertThat(doc.path("total").path("female").asInt()).isPositive();
        assertThat(doc.path("jobFamilies").has("technical_digital")).isTrue();
        assertThat(doc.path("flows").path("hires").has("female")).isTrue();
        assertThat(doc.path("federation").path("positions").path("women_share").path("companies").size()).isEqualTo(3);
    }

    @Test
    @DisplayName("trend: two periods, headline changes")
    void trend() throws IOException {
        CliRun run = CliRun.of("trend", "--input", demoFile("demo-2024.csv").toString(), demoFile("demo-2025.csv").toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode doc = MixiteJson.mapper().readTree(run.out());
        assertThat(doc.path("periods").toString()).isEqualTo("[\"2024\",\"2025\"]");
        assertThat(doc.path("series").path("womenShare").path("changes").size()).isEqualTo(1);
        assertThat(CliRun.of("trend", "--input", demoFile("demo-2025.csv").toString()).exitCode()).isEqualTo(2);
    }

    @Test
    @DisplayName("generate: the same seed writes the same bytes")
    void generate() throws IOException {
        assertThat(CliRun.of("generate", "--employees", "300", "--seed", "9", "--out", dir.resolve("g1.csv").toString()).exitCode()).isZero();
        assertThat(CliRun.of("generate", "--employees", "300", "--seed", "9", "--out", dir.resolve("g2.csv").toString()).exitCode()).isZero();
        assertThat(Files.readAllBytes(dir.resolve("g2.csv"))).isEqualTo(Files.readAllBytes(dir.resolve("g1.csv")));
        assertThat(Files.readAllLines(dir.resolve("g1.csv"))).hasSize(301);
        assertThat(CliRun.of("generate", "--companies", "9", "--out", dir.resolve("x.csv").toString()).exitCode()).isEqualTo(2);
    }

    @Test
    @DisplayName("every command has --help with examples and the exit codes")
    void helpEverywhere() {
        for (String command : new String[] {"demo", "report", "egapro", "paygap", "analyze", "composition", "trend", "generate",
                "validate", "records", "adapters"}) {
            CliRun run = CliRun.of(command, "--help");
            assertThat(run.exitCode()).as(command).isZero();
            assertThat(run.out()).as(command).contains("Exit codes:");
            assertThat(run.err()).as(command).doesNotContain("WARN");
        }
    }
}
