package org.mixite.samples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * issue 19, second case (OWASP CSV injection): ids such as {@code @SUM(1)} or
 * {@code =HYPERLINK(…)} were written unchanged into rejects.csv and into the records CSV, where a
 * spreadsheet runs them. The rejects file is for people: always neutralised. The records CSV is
 * for reading back: exact by default, neutralised with --spreadsheet-safe.
 */
class FormulaCellsTest {

    @TempDir
    Path dir;

    private Path file() throws IOException {
        return Files.writeString(dir.resolve("formulas.csv"), """
                id,sex,birth_year,establishment
                @SUM(1),F,1890,site
                "=HYPERLINK(""http://evil.example"",""click"")",Q,1980,site
                "=cmd|' /C calc'!A0",M,1980,+33 site
                -5,F,1981,site
                """);
    }

    @Test
    @DisplayName("validate --rejects: every id that starts like a formula is written with a leading '")
    void rejectsAreNeutralised() throws IOException {
        Path rejects = dir.resolve("rejects.csv");
        CliRun run = CliRun.of("validate", "--input", file().toString(), "--rejects", rejects.toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.DATA_REJECTED);
        String csv = Files.readString(rejects);
        assertThat(csv).contains(",2,", ",'@SUM(1),birth_year,").contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\",sex,");
        assertThat(csv.lines().skip(1)).allSatisfy(line -> assertThat(line.split(",", -1)[4]).doesNotStartWith("@").doesNotStartWith("=")
                .doesNotStartWith("\"="));
    }

    @Test
    @DisplayName("records: exact values by default (the file reads back), neutralised text cells with --spreadsheet-safe")
    void recordsExactOrSafe() throws IOException {
        CliRun exact = CliRun.of("records", "--input", file().toString());
        assertThat(exact.out()).contains("\n-5,F,", "\n=cmd|' /C calc'!A0,M,", ",+33 site,");

        CliRun safe = CliRun.of("records", "--input", file().toString(), "--spreadsheet-safe");
        assertThat(safe.exitCode()).as(safe.err()).isEqualTo(exact.exitCode());
        assertThat(safe.out()).contains("\n'-5,F,", "\n'=cmd|' /C calc'!A0,M,", ",'+33 site,")
                .doesNotContain("\n-5,", "\n=cmd", ",+33 site");
        // numbers are numbers: the birth year and fte columns are untouched
        assertThat(safe.out()).contains(",1981,").doesNotContain("'1");
    }
}
