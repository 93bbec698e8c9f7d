package org.mixite.samples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mixite.json.MixiteJson;

/**
 * Issue 9: ten million generated employees through every single-pass indicator in a JVM
 * limited to 1 GiB, streamed from CSV to report. It takes about three minutes, so it is tagged
 * and left out of {@code ./build verify}; {@code .ci/run} runs it.
 */
@Tag("ten-million")
class TenMillionRecordsTest {

    private static final int EMPLOYEES = 10_000_000;

    private static int run(Path log, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"), "org.mixite.samples.cli.MixiteCli"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!process.waitFor(20, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("timed out: " + String.join(" ", args));
        }
        return process.exitValue();
    }

    @Test
    @DisplayName("10M records, all indicators, -Xmx1g: no OutOfMemoryError, every record counted")
    void tenMillionWithinOneGigabyte(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("ten-million.csv");
        Path log = dir.resolve("log.txt");
        assertThat(run(log, "generate", "--quiet", "--employees", Integer.toString(EMPLOYEES), "--seed", "7", "--out", csv.toString()))
                .as(Files.readString(log)).isZero();
        int exit = run(log, "report", "--quiet", "--input", csv.toString(), "--period", "2025-01-01..2025-12-31", "--stream",
                "--out", dir.resolve("report").toString());
        String output = Files.readString(log);
        assertThat(output).doesNotContain("OutOfMemoryError");
        assertThat(exit).as(output).isZero();
        JsonNode report = MixiteJson.mapper().readTree(dir.resolve("report/report.json").toFile());
        assertThat(report.path("load").path("read").asLong()).isEqualTo(EMPLOYEES);
        assertThat(report.path("load").path("accepted").asLong()).isEqualTo(EMPLOYEES);
        assertThat(report.path("composition").path("total").path("female").asLong()
                + report.path("composition").path("total").path("male").asLong()
                + report.path("composition").path("total").path("unknown").asLong()).isPositive();
        assertThat(report.path("egapro").path("index").isNumber()).isTrue();
        assertThat(Files.size(dir.resolve("report/report.pdf"))).isPositive();
    }
}
