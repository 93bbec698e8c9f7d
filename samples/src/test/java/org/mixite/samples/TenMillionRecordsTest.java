package org.mixite.samples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mixite.json.MixiteJson;

/**
 * Issues 9 and 20: ten million generated employees through every indicator and the analytics
 * (regression, Oaxaca, Art. 10 plan) in a JVM limited to 1 GiB: {@code report} reads the CSV
 * twice and holds no table (as {@code --stream} does). It takes a few minutes, so it is tagged and left out of
 * {@code ./build verify}; {@code .ci/run} runs it.
 */
@Tag("ten-million")
class TenMillionRecordsTest {

    private static final int EMPLOYEES = 10_000_000;

    private static int run(Path log, String... args) throws IOException, InterruptedException {
        return ForkedCli.run(log, "-Xmx1g", Duration.ofMinutes(20), args).exit();
    }

    @Test
    @DisplayName("issue 20: ./mixite report on 10M records in -Xmx1g: every indicator and the analytics, every record counted")
    void tenMillionWithinOneGigabyte(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("ten-million.csv");
        Path log = dir.resolve("log.txt");
        assertThat(run(log, "generate", "--quiet", "--employees", Integer.toString(EMPLOYEES), "--seed", "7", "--out", csv.toString()))
                .as(Files.readString(log)).isZero();
        // no --stream: a 1.4 GB CSV does not fit a 1 GB heap held, so the report reads it twice by itself
        int exit = run(log, "report", "--input", csv.toString(), "--period", "2025-01-01..2025-12-31",
                "--out", dir.resolve("report").toString());
        String output = Files.readString(log);
        assertThat(output).doesNotContain("OutOfMemoryError").contains("reading it twice without holding it");
        assertThat(exit).as(output).isZero();
        JsonNode report = MixiteJson.mapper().readTree(dir.resolve("report/report.json").toFile());
        assertThat(report.path("load").path("read").asLong()).isEqualTo(EMPLOYEES);
        assertThat(report.path("load").path("accepted").asLong()).isEqualTo(EMPLOYEES);
        assertThat(report.path("composition").path("total").path("female").asLong()
                + report.path("composition").path("total").path("male").asLong()
                + report.path("composition").path("total").path("unknown").asLong()).isPositive();
        assertThat(report.path("egapro").path("index").isNumber()).isTrue();
        // the analytics of the held path, over every person with a pay (not a sample of them)
        JsonNode analytics = report.path("analytics");
        assertThat(analytics.path("adjustedGap").path("status").asText()).isEqualTo("computed");
        assertThat(analytics.path("adjustedGap").path("n").asLong()).isGreaterThan(EMPLOYEES * 9L / 10);
        assertThat(analytics.path("oaxaca").path("status").asText()).isEqualTo("computed");
        assertThat(analytics.path("remediation").path("target").asText()).isEqualTo("art10");
        assertThat(report.path("paygap").path("fr").path("obligations").path("tier").asText()).isNotEmpty();
        assertThat(Files.size(dir.resolve("report/report.pdf"))).isPositive();
    }
}
