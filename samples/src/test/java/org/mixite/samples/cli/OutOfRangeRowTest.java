package org.mixite.samples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * issue 19, first case: an hourly_pay of 200000000000 (a misplaced decimal point) used to pass
 * validate and then stop paygap and report with "internal error: ArithmeticException: Overflow".
 * It is now one rejected row, named by line and field, and the run goes on with the others.
 */
class OutOfRangeRowTest {

    @TempDir
    Path dir;

    private Path file() throws IOException {
        StringBuilder csv = new StringBuilder("id,sex,birth_year,category,hourly_pay,annual_base_pay\n");
        for (int i = 1; i <= 12; i++) {
            csv.append("E").append(i).append(',').append(i % 2 == 0 ? "F" : "M").append(",198").append(i % 10)
                    .append(",a,").append(20 + i).append(",36400\n");
        }
        csv.append("TYPO,F,1980,a,200000000000,36400\n"); // line 14
        return Files.writeString(dir.resolve("typo.csv"), csv);
    }

    @Test
    @DisplayName("validate: the 200000000000 hourly_pay is a rejected row naming line 14 and hourly_pay (employee-record.md, plausible ranges)")
    void validateRejects() throws IOException {
        Path rejects = dir.resolve("rejects.csv");
        CliRun run = CliRun.of("validate", "--input", file().toString(), "--rejects", rejects.toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.DATA_REJECTED);
        assertThat(run.err() + run.out()).contains("13 read, 12 accepted, 1 rejected");
        assertThat(Files.readString(rejects)).contains(",14,").contains("TYPO,hourly_pay,hourly_pay must be at most 1000000")
                .doesNotContain("200000000000"); // pay is never echoed
    }

    @Test
    @DisplayName("paygap: the run goes on over the 12 valid rows instead of an internal error")
    void paygapGoesOn() throws IOException {
        CliRun run = CliRun.of("paygap", "--input", file().toString(), "--period", "2025-01-01..2025-12-31", "--min-cell", "1");
        assertThat(run.err()).doesNotContain("internal error").doesNotContain("Overflow");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.DATA_REJECTED);
        assertThat(run.out()).contains("\"uk\"");
    }

    @Test
    @DisplayName("report: report.json and report.pdf are written, rejects.csv holds the typo row")
    void reportGoesOn() throws IOException {
        Path out = dir.resolve("out");
        CliRun run = CliRun.of("report", "--input", file().toString(), "--period", "2025-01-01..2025-12-31", "--out", out.toString());
        assertThat(run.err()).doesNotContain("internal error");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.DATA_REJECTED);
        assertThat(out.resolve("report.json")).exists();
        assertThat(out.resolve("report.pdf")).exists();
        assertThat(Files.readString(out.resolve("rejects.csv"))).contains("TYPO,hourly_pay");
    }
}
