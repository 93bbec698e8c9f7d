package org.mixite.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 20: {@code ./mixite report} on a CSV too large for the heap to hold reads it twice instead
 * (as {@code --stream} does), finding the default period in a first pass, and writes the report a
 * large heap writes by holding the table, byte for byte.
 */
class AutoStreamTest {

    private static int run(Path log, String heap, String... args) throws Exception {
        return ForkedCli.run(log, heap, Duration.ofMinutes(5), args).exit();
    }

    @Test
    @DisplayName("issue 20: report on a CSV larger than a third of the heap reads it twice by itself; the same files as a large heap holding it")
    void largeCsvStreamsByItself(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("workforce.csv");
        Path log = dir.resolve("log.txt");
        assertThat(run(log, "-Xmx512m", "generate", "--quiet", "--employees", "250000", "--seed", "11",
                "--out", csv.toString())).as(Files.readString(log)).isZero();
        long heap = 96L << 20;
        assertThat(Files.size(csv) * 3).as("the file is too large to be held in the small heap").isGreaterThan(heap);

        int small = run(log, "-Xmx96m", "report", "--input", csv.toString(), "--out", dir.resolve("small").toString());
        String output = Files.readString(log);
        assertThat(small).as(output).isZero();
        assertThat(output).contains("reading it twice without holding it").contains("a first pass finds the latest")
                .doesNotContain("OutOfMemoryError");

        int large = run(log, "-Xmx1g", "report", "--input", csv.toString(), "--out", dir.resolve("large").toString());
        String held = Files.readString(log);
        assertThat(large).as(held).isZero();
        assertThat(held).doesNotContain("reading it twice");
        for (String file : List.of("report.json", "report.pdf", "rejects.csv")) {
            assertThat(Files.readAllBytes(dir.resolve("small").resolve(file))).as(file)
                    .isEqualTo(Files.readAllBytes(dir.resolve("large").resolve(file)));
        }
    }
}
