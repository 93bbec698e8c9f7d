package org.mixite.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 20, item 3: when the heap cannot hold the work, the command says so in one line (the
 * heap's size, how to raise it, which command streams instead) and exits 2, without a stack trace.
 */
class HeapTooSmallTest {

    private static ForkedCli fork(Path log, String heap, String... args) throws Exception {
        return ForkedCli.run(log, heap, Duration.ofMinutes(3), args);
    }

    private static int exit(ForkedCli run) {
        return run.exit();
    }

    @Test
    @DisplayName("a command whose input does not fit the heap ends with one line and exit 2, not an OutOfMemoryError")
    void outOfMemoryIsAnInputError(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("workforce.csv");
        Path log = dir.resolve("log.txt");
        assertThat(exit(fork(log, "-Xmx512m", "generate", "--quiet", "--employees", "300000", "--seed", "3",
                "--out", csv.toString()))).as(Files.readString(log)).isZero();

        // analyze holds the table (report would read a CSV this large twice instead, see AutoStreamTest)
        int code = exit(fork(log, "-Xmx40m", "analyze", "--quiet", "--input", csv.toString()));
        String output = Files.readString(log);

        assertThat(code).as(output).isEqualTo(2);
        assertThat(output).contains("mixite: not enough memory").contains("MIXITE_JAVA_OPTS=-Xmx").contains("--stream")
                .doesNotContain("OutOfMemoryError").doesNotContain("\tat ");
        assertThat(output.strip().lines().filter(l -> l.startsWith("mixite:")).count()).isEqualTo(1);
    }
}
