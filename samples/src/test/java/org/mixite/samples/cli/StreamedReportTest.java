package org.mixite.samples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mixite.json.MixiteJson;

/**
 * Issue 20: {@code report --stream} reads the input twice and holds no table (indicators, then the
 * analytics sample), and writes the same report as the held path: report.json, report.pdf and
 * rejects.csv byte for byte, the analytics and France's obligations included.
 */
class StreamedReportTest {

    private static final String PERIOD = "2025-01-01..2025-12-31";

    @TempDir
    Path dir;

    private Path demoFile(String name) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/org/mixite/samples/demo/" + name)) {
            return Files.write(dir.resolve(name), in.readAllBytes());
        }
    }

    /** Runs report held and streamed with the same arguments; asserts the same exit code and the same three files. */
    private JsonNode sameReport(String... args) throws IOException {
        List<String> held = new ArrayList<>(List.of("report", "--quiet", "--period", PERIOD, "--out", dir.resolve("held").toString()));
        held.addAll(List.of(args));
        List<String> streamed = new ArrayList<>(List.of("report", "--quiet", "--stream", "--period", PERIOD,
                "--out", dir.resolve("streamed").toString()));
        streamed.addAll(List.of(args));
        CliRun a = CliRun.of(held.toArray(String[]::new));
        CliRun b = CliRun.of(streamed.toArray(String[]::new));
        assertThat(a.exitCode()).as(a.err()).isIn(0, 1);
        assertThat(b.exitCode()).as(b.err()).isEqualTo(a.exitCode());
        for (String file : List.of("report.json", "report.pdf", "rejects.csv")) {
            assertThat(Files.readAllBytes(dir.resolve("streamed").resolve(file))).as(file)
                    .isEqualTo(Files.readAllBytes(dir.resolve("held").resolve(file)));
        }
        return MixiteJson.mapper().readTree(dir.resolve("streamed/report.json").toFile());
    }

    @Test
    @DisplayName("issue 20: --stream on the demo file gives the held report byte for byte, analytics and fr.obligations included")
    void demo() throws IOException {
        JsonNode report = sameReport("--input", demoFile("demo-2025.csv").toString(), "--lang", "fr");
        assertThat(report.path("analytics").path("adjustedGap").path("status").asText()).isEqualTo("computed");
        assertThat(report.path("analytics").path("remediation").path("target").asText()).isEqualTo("art10");
        assertThat(report.path("paygap").path("fr").path("obligations").isObject()).isTrue();
    }

    @Test
    @DisplayName("issue 20: --stream with a job evaluation (Art. 4(4) categories) and three files gives the held report")
    void jobEvaluationAndSeveralFiles() throws IOException {
        sameReport("--input", demoFile("federation-2025.csv").toString(), demoFile("demo-2025.csv").toString(),
                "--job-evaluation", demoFile("job-evaluation.csv").toString(), "--company", "Fédération", "--lang", "en");
    }

    @Test
    @DisplayName("issue 20: --stream with several files prints each file's load summary and the total, as the held report does")
    void severalFilesSummaries() throws IOException {
        String[] inputs = {demoFile("federation-2025.csv").toString(), demoFile("demo-2025.csv").toString()};
        CliRun held = CliRun.of("report", "--period", PERIOD, "--out", dir.resolve("held").toString(), "--input", inputs[0], inputs[1]);
        CliRun streamed = CliRun.of("report", "--stream", "--period", PERIOD, "--out", dir.resolve("streamed").toString(),
                "--input", inputs[0], inputs[1]);
        List<String> summaries = held.err().lines().filter(l -> l.contains(" read, ")).toList();
        assertThat(summaries).hasSize(3);
        assertThat(summaries.get(2)).startsWith("total: ");
        assertThat(streamed.err().lines().filter(l -> l.contains(" read, ")).toList()).isEqualTo(summaries);
    }

    @Test
    @DisplayName("issue 20: --stream on a file with rejected rows: the same rejects.csv, load summary and exit code 1")
    void rejectedRows() throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(demoFile("demo-2025.csv")));
        String header = lines.get(0);
        int sex = List.of(header.split(",", -1)).indexOf("sex");
        for (int i = 5; i < lines.size(); i += 37) {
            String[] cells = lines.get(i).split(",", -1);
            cells[sex] = "Z"; // not a sex: the row is rejected with its line
            lines.set(i, String.join(",", cells));
        }
        Path file = dir.resolve("with-bad-rows.csv");
        Files.write(file, lines);
        JsonNode report = sameReport("--input", file.toString());
        assertThat(report.path("load").path("rejected").asLong()).isPositive();
        assertThat(Files.readString(dir.resolve("streamed/rejects.csv")).lines().count()).isGreaterThan(1);
    }
}
