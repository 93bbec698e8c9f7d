package org.mixite.samples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mixite.json.MixiteJson;

/**
 * Issue 24, through {@code ./mixite records}: a monthly DSN as another payroll tool writes it
 * (no 50/51 blocks, only the contribution bases 78; its S20.G00.05 after S21.G00.06), and the
 * same file with no pay at all.
 */
class DsnOtherWritersCommandTest {

    private static final Path FILES = Path.of("src/test/resources/dsn");

    private static Map<String, Map<String, String>> rows(String csv) {
        List<String> lines = csv.lines().toList();
        String[] header = lines.get(0).split(",", -1);
        Map<String, Map<String, String>> rows = new HashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] values = line.split(",", -1);
            Map<String, String> row = new HashMap<>();
            for (int i = 0; i < header.length; i++) {
                row.put(header[i], values[i]);
            }
            rows.put(row.get("id"), row);
        }
        return rows;
    }

    @Test
    @DisplayName("CT2019 S21.G00.78.001 = 03 and dsn.md §2: records reads the other tool's file — gross pay from the base brute "
            + "Sécurité sociale, the late S20 read with one warning, nothing rejected")
    void otherPayrollFile() {
        CliRun run = CliRun.of("records", "--input", FILES.resolve("other-payroll-2025-12.dsn").toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        Map<String, Map<String, String>> rows = rows(run.out());
        assertThat(rows).containsOnlyKeys("P001", "P002");
        assertThat(rows.get("P001")).containsEntry("annual_base_pay", "4100.00").containsEntry("establishment", "99999999900011");
        assertThat(rows.get("P002")).containsEntry("annual_base_pay", "4350.00").containsEntry("job_code", "388b");
        assertThat(run.err()).contains("block S20.G00.05 at line 9 comes after its company block S21.G00.06 (line 7)")
                .contains("2 individual(s) without any remuneration block (S21.G00.51): their month's gross pay is the base brute "
                        + "Sécurité sociale")
                .contains("2 read, 2 accepted, 0 rejected")
                .doesNotContain("has no parent");
    }

    @Test
    @DisplayName("CT2019 S21.G00.51 (1..n): records leaves the pay of individuals without any remuneration empty, never 0.00, "
            + "and says how many and why")
    void noPayFile() {
        CliRun run = CliRun.of("records", "--input", FILES.resolve("no-pay-2025-12.dsn").toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        Map<String, Map<String, String>> rows = rows(run.out());
        assertThat(rows).hasSize(2).allSatisfy((id, row) -> assertThat(row).containsEntry("annual_base_pay", "")
                .containsEntry("annual_variable_pay", "").containsEntry("annual_excluded_pay", ""));
        assertThat(run.err()).contains("2 individual(s) without any remuneration block (S21.G00.51) nor base brute Sécurité sociale "
                + "(S21.G00.78 code 03): their pay is unknown");
    }

    @Test
    @DisplayName("dsn.md §2: a block out of order (S21.G00.11 before its S21.G00.06) is one rejection at its line with the order "
            + "expected, not one per establishment, individual and contract")
    void outOfOrderIsOneRejection(@TempDir Path dir) throws IOException {
        String text = Files.readString(FILES.resolve("other-payroll-2025-12.dsn"), StandardCharsets.ISO_8859_1)
                .replace("S21.G00.06.001,'999999999'\r\nS21.G00.06.003,'6201Z'\r\n", "")
                .replace("S21.G00.11.004,'34000'\r\n", "S21.G00.11.004,'34000'\r\nS21.G00.06.001,'999999999'\r\n");
        Path file = dir.resolve("order.dsn");
        Files.writeString(file, text, StandardCharsets.ISO_8859_1);
        CliRun run = CliRun.of("validate", "--input", file.toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        String all = run.out() + run.err();
        assertThat(all).contains("1 read, 0 accepted, 1 rejected").contains("order.dsn:11 [S21.G00.11.001]")
                .contains("S10.G00.00 > S20.G00.05 > S21.G00.06 > S21.G00.11")
                .contains("because of the block out of order at line 11, 2 other individual(s)");
    }

    @Test
    @DisplayName("issue 24: the report says how the DSN pay was read (report.json load.warnings, which the PDF's methodology lists)")
    void reportSaysHowPayWasRead(@TempDir Path dir) throws IOException {
        CliRun run = CliRun.of("report", "--quiet", "--input", FILES.resolve("other-payroll-2025-12.dsn").toString(),
                "--period", "2025-12-01..2025-12-31", "--out", dir.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode report = MixiteJson.mapper().readTree(dir.resolve("report.json").toFile());
        assertThat(report.path("load").path("warnings").toString()).contains("base brute Sécurité sociale (S21.G00.78.004 of code 03");
    }
}
