package org.mixite.samples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Issue 7: the sample DSN's extraction, compared through 'mixite records' with the expected CSV. */
class DsnRecordsCommandTest {

    private static final Path SAMPLES = Path.of("../diversity-adapter-dsn/src/test/resources");

    /** Expected column → canonical column (maternity_leave has no canonical column: the DSN adapter tests check it). */
    private static final Map<String, String> COLUMNS = Map.of("id", "id", "sex", "sex", "birth_date", "birth_date",
            "establishment", "establishment", "pcs_ese", "job_code", "contract_type", "contract", "start_date", "hire_date",
            "end_date", "exit_date", "fte", "fte", "base_pay_month", "annual_base_pay");

    private static Map<String, Map<String, String>> rows(List<String> lines) {
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
    @DisplayName("mixite records --input example-2025-12.dsn matches example-2025-12.expected.csv")
    void sampleThroughTheCli() throws IOException {
        CliRun run = CliRun.of("records", "--input", SAMPLES.resolve("example-2025-12.dsn").toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        Map<String, Map<String, String>> actual = rows(run.out().lines().toList());
        Map<String, Map<String, String>> expected = rows(Files.readAllLines(SAMPLES.resolve("example-2025-12.expected.csv")));
        assertThat(actual.keySet()).isEqualTo(expected.keySet());
        expected.forEach((id, row) -> {
            COLUMNS.forEach((from, to) -> {
                String want = row.get(from);
                String got = actual.get(id).get(to);
                if (from.equals("fte")) {
                    assertThat(new java.math.BigDecimal(got)).as(id + " " + from).isEqualByComparingTo(want);
                } else {
                    assertThat(got).as(id + " " + from).isEqualTo(want);
                }
            });
            assertThat(new java.math.BigDecimal(actual.get(id).get("annual_variable_pay"))).as(id + " bonus")
                    .isEqualByComparingTo(row.get("bonus_month"));
        });
    }
}
