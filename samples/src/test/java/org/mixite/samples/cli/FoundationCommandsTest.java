package org.mixite.samples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The foundation commands through picocli, with their documented exit codes. */
class FoundationCommandsTest {

    @TempDir
    Path dir;

    private Path hundredLinesWithThreeBad() throws IOException {
        StringBuilder csv = new StringBuilder("id,sex,birth_date,annual_base_pay\n");
        for (int i = 1; i <= 100; i++) {
            int line = i + 1;
            String row = switch (line) {
                case 11 -> "E%03d,F,1980-01-01,-5".formatted(i);          // negative salary
                case 51 -> "E%03d,F,1980-13-01,30000".formatted(i);       // impossible date
                case 99 -> "E%03d,F,1980-01-01,30000".formatted(i - 1);   // duplicate id
                default -> "E%03d,%s,1980-01-01,30000".formatted(i, i % 2 == 0 ? "F" : "M");
            };
            csv.append(row).append('\n');
        }
        return Files.writeString(dir.resolve("hundred.csv"), csv, StandardCharsets.UTF_8);
    }

    @Test
    @DisplayName("a mistyped command or option: exit 2, with picocli's suggestion")
    void suggestions() {
        CliRun command = CliRun.of("demp");
        assertThat(command.exitCode()).isEqualTo(2);
        assertThat(command.err()).contains("Unmatched argument at index 0: 'demp'").contains("Did you mean: mixite demo");
        CliRun option = CliRun.of("validate", "--strcit", "--input", "x.csv");
        assertThat(option.exitCode()).isEqualTo(2);
        assertThat(option.err()).contains("Unknown option: '--strcit'").contains("Possible solutions: --strict");
    }

    @Test
    @DisplayName("validate: 3 bad lines out of 100 → 97 accepted, 3 rejected with their lines, exit 1")
    void validateReportsRejects() throws IOException {
        Path file = hundredLinesWithThreeBad();
        CliRun run = CliRun.of("validate", "--input", file.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains(file + " (csv): 100 read, 97 accepted, 3 rejected");
        assertThat(run.out()).contains(file + ":11:4 [annual_base_pay]: annual_base_pay must be 0 or more");
        assertThat(run.out()).contains(file + ":51:3 [birth_date]: birth_date is not a valid ISO date");
        assertThat(run.out()).contains(file + ":99 [id]: duplicate id 'E097' (first seen at line 98)");
    }

    @Test
    @DisplayName("validate --rejects: one CSV row per violation, with line, column, adapter and field")
    void rejectsReport() throws IOException {
        Path file = hundredLinesWithThreeBad();
        Path rejects = dir.resolve("rejects.csv");
        assertThat(CliRun.of("validate", "--input", file.toString(), "--rejects", rejects.toString()).exitCode()).isEqualTo(1);
        List<String> lines = Files.readAllLines(rejects);
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).isEqualTo("source,line,column,adapter,id,field,message");
        assertThat(lines.get(1)).isEqualTo(file + ",11,4,csv,E010,annual_base_pay,annual_base_pay must be 0 or more");
    }

    @Test
    @DisplayName("validate: a clean file exits 0")
    void validateClean() throws IOException {
        Path file = Files.writeString(dir.resolve("ok.csv"), "id,sex,birth_year\nA,F,1980\n");
        CliRun run = CliRun.of("validate", "-i", file.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("1 read, 1 accepted, 0 rejected");
    }

    @Test
    @DisplayName("validate --strict: the first invalid record stops the load, exit 1, every violation listed")
    void validateStrict() throws IOException {
        Path file = hundredLinesWithThreeBad();
        CliRun run = CliRun.of("validate", "--strict", "--input", file.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains(file + ":11: invalid record").contains("[annual_base_pay]");
        assertThat(run.err()).doesNotContain("at org.mixite");
    }

    @Test
    @DisplayName("records: accepted records as canonical CSV on stdout, sorted by id")
    void recordsSorted() throws IOException {
        Path file = Files.writeString(dir.resolve("r.json"),
                "{\"id\":\"B\",\"sex\":\"M\",\"birthYear\":1970}\n{\"id\":\"A\",\"sex\":\"F\",\"birthYear\":1980,\"annualBasePay\":\"100.50\"}\n");
        CliRun run = CliRun.of("records", "--input", file.toString());
        assertThat(run.exitCode()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).startsWith("id,sex,birth_date,birth_year,");
        assertThat(lines.get(1)).startsWith("A,F,,1980,").contains(",100.50,");
        assertThat(lines.get(2)).startsWith("B,M,,1970,");
    }

    @Test
    @DisplayName("records, black box through the CSV adapter: ';' separator with decimal commas, a byte-order mark and a column mapping")
    void recordsFromCsvExport() throws IOException {
        Path export = dir.resolve("export.csv");
        Files.write(export, ("\uFEFFMatricule;Genre;Annee;Salaire\nB;M;1970;41 000,50\nA;F;1980;39000,25\n")
                .replace("41 000,50", "41000,50").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Path mapping = Files.writeString(dir.resolve("mapping.csv"),
                "Matricule,id\nGenre,sex\nAnnee,birth_year\nSalaire,annual_base_pay\n");
        CliRun run = CliRun.of("records", "--input", export.toString(), "--mapping", mapping.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).startsWith("id,sex,birth_date,birth_year,");
        assertThat(lines.get(1)).startsWith("A,F,,1980,").contains(",39000.25,");
        assertThat(lines.get(2)).startsWith("B,M,,1970,").contains(",41000.50,");
    }

    @Test
    @DisplayName("adapters: lists the built-in csv and json adapters")
    void adapters() {
        CliRun run = CliRun.of("adapters");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("csv ").contains("json ").contains("--option mapping=");
    }

    @Test
    @DisplayName("usage errors exit 2 with a one-line message and a hint")
    void usageError() {
        CliRun run = CliRun.of("validate");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Missing required option").contains("--help");
        assertThat(CliRun.of("frobnicate").exitCode()).isEqualTo(2);
    }

    @Test
    @DisplayName("I/O errors exit 2 with the file named, never a stack trace")
    void ioErrors() throws IOException {
        CliRun missing = CliRun.of("validate", "--input", dir.resolve("nope.csv").toString());
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("nope.csv").contains("file not found").doesNotContain("\tat ");
        Path binary = Files.write(dir.resolve("bin.csv"), new byte[] {1, 2, 0, 3});
        CliRun bin = CliRun.of("validate", "--input", binary.toString());
        assertThat(bin.exitCode()).isEqualTo(2);
        assertThat(bin.err()).contains("bin.csv: is a binary file");
    }

    @Test
    @DisplayName("--lang accepts fr and en only")
    void langValues() {
        CliRun run = CliRun.of("adapters", "--lang", "de");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--lang").contains("fr, en");
        assertThat(CliRun.of("adapters", "--lang", "fr").exitCode()).isZero();
    }

    @Test
    @DisplayName("--verbose adds the stack trace to errors")
    void verboseStackTrace() throws IOException {
        Path binary = Files.write(dir.resolve("bin.csv"), new byte[] {1, 2, 0, 3});
        assertThat(CliRun.of("validate", "--verbose", "--input", binary.toString()).err()).contains("\tat ");
    }

    @Test
    @DisplayName("--help of every command shows examples and the exit codes")
    void helpEverywhere() {
        for (String command : List.of("validate", "records", "adapters", "demo")) {
            CliRun run = CliRun.of(command, "--help");
            assertThat(run.exitCode()).as(command).isZero();
            assertThat(run.out()).as(command).contains("Exit codes:");
        }
    }

}
