package org.mixite.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 19, item 4, for DSN files: hostile files end in seconds with a clear message in a JVM
 * limited to 256 MiB (before the limits, both ended in an OutOfMemoryError).
 */
class DsnLimitsForkedTest {

    private static final String HEAD = """
            S10.G00.00.001,'X'
            S20.G00.05.001,'01'
            S20.G00.05.005,'01122025'
            S21.G00.06.001,'999999999'
            S21.G00.11.001,'00011'
            S21.G00.30.001,'2999999999002'
            S21.G00.30.005,'02'
            S21.G00.30.006,'01011990'
            S21.G00.30.019,'A'
            """;

    /** Runs {@code mixite validate} in a JVM of 256 MiB; returns the exit code and output, failing past 60 s. */
    private static Result validate(Path file, Path log) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"), "org.mixite.samples.cli.MixiteCli",
                "validate", "--input", file.toString()));
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("still running after 60 s: " + file);
        }
        return new Result(process.exitValue(), Files.readString(log), (System.nanoTime() - start) / 1_000_000_000.0);
    }

    private record Result(int exit, String output, double seconds) {
    }

    @Test
    @DisplayName("issue 19: a DSN with a million rubrics in one individual ends in seconds at -Xmx256m, the individual rejected with "
            + "the limit named (dsn.md \"Limits\": 20,000 lines)")
    void millionRubricsInOneIndividual(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("million.dsn");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            out.write(HEAD.getBytes(StandardCharsets.ISO_8859_1));
            byte[] line = "S21.G00.40.001,'31022020'\n".getBytes(StandardCharsets.ISO_8859_1); // a contract, an impossible date
            for (int i = 0; i < 1_000_000; i++) {
                out.write(line);
            }
        }
        Result r = validate(file, dir.resolve("log.txt"));
        assertThat(r.output()).doesNotContain("OutOfMemoryError").doesNotContain("internal error");
        assertThat(r.exit()).as(r.output()).isEqualTo(1);
        assertThat(r.output()).contains("the individual has more than 20,000 lines");
        assertThat(r.seconds()).as("seconds").isLessThan(30);
    }

    @Test
    @DisplayName("issue 19: a DSN of one 300 MB line ends in seconds at -Xmx256m with an input error naming the file and line "
            + "(dsn.md \"Limits\": 65,536 characters)")
    void oneHugeLine(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("one-line.dsn");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            out.write("S10.G00.00.001,'".getBytes(StandardCharsets.ISO_8859_1));
            byte[] chunk = new byte[1 << 20];
            Arrays.fill(chunk, (byte) 'A');
            for (int i = 0; i < 300; i++) {
                out.write(chunk);
            }
            out.write("'\n".getBytes(StandardCharsets.ISO_8859_1));
        }
        Result r = validate(file, dir.resolve("log.txt"));
        assertThat(r.output()).doesNotContain("OutOfMemoryError").doesNotContain("internal error");
        assertThat(r.exit()).as(r.output()).isEqualTo(2);
        assertThat(r.output()).contains("one-line.dsn:1: line longer than 65,536 characters");
        assertThat(r.seconds()).as("seconds").isLessThan(30);
    }
}
