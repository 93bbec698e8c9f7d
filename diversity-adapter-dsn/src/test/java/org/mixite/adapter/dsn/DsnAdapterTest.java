package org.mixite.adapter.dsn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.mixite.spi.InputException;
import org.mixite.spi.adapter.AdapterRegistry;
import org.mixite.spi.adapter.AdapterSettings;
import org.mixite.spi.adapter.InputSource;
import org.mixite.spi.adapter.Probe;
import org.mixite.spi.adapter.ReadResult;
import org.mixite.spi.load.DatasetLoader;
import org.mixite.spi.load.LoadMode;
import org.mixite.spi.load.LoadResult;
import org.mixite.spi.model.ContractType;
import org.mixite.spi.model.EmployeeRecord;
import org.mixite.spi.model.ExitReason;
import org.mixite.spi.text.FieldText;
import org.mixite.spi.model.RecordField;

/** dsn.md §5: the sample file against its expected extraction, and the syntax and hierarchy rules. */
class DsnAdapterTest {

    private static byte[] sample() throws IOException {
        try (InputStream in = DsnAdapterTest.class.getResourceAsStream("/example-2025-12.dsn")) {
            return in.readAllBytes();
        }
    }

    private static List<Map<String, String>> expected() throws IOException {
        List<Map<String, String>> rows = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                DsnAdapterTest.class.getResourceAsStream("/example-2025-12.expected.csv"), StandardCharsets.UTF_8))) {
            String[] header = in.readLine().split(",", -1);
            String line;
            while ((line = in.readLine()) != null) {
                String[] values = line.split(",", -1);
                Map<String, String> row = new HashMap<>();
                for (int i = 0; i < header.length; i++) {
                    row.put(header[i], values[i]);
                }
                rows.add(row);
            }
        }
        return rows;
    }

    private static LoadResult load(String name, byte[] bytes) {
        return DatasetLoader.builder().mode(LoadMode.LENIENT).registry(AdapterRegistry.of(new DsnAdapter())).build()
                .load(InputSource.of(name, bytes));
    }

    /** Every violation of every rejection, as printed ("file:line [rubric]: message"). */
    private static List<String> messages(LoadResult r) {
        return r.rejections().stream().flatMap(x -> x.violations().stream()).map(Object::toString).toList();
    }

    @Test
    @DisplayName("the sample DSN gives exactly the expected extraction, column by column")
    void sampleMatchesExpected() throws IOException {
        LoadResult result = load("example-2025-12.dsn", sample());
        assertThat(result.rejections()).isEmpty();
        Map<String, EmployeeRecord> byId = new HashMap<>();
        result.records().forEach(r -> byId.put(r.id(), r));
        List<Map<String, String>> expected = expected();
        assertThat(byId).hasSize(expected.size());
        for (Map<String, String> row : expected) {
            EmployeeRecord r = byId.get(row.get("id"));
            assertThat(r).as(row.get("id")).isNotNull();
            assertThat(r.sex().code()).isEqualTo(row.get("sex"));
            assertThat(FieldText.format(r, RecordField.BIRTH_DATE)).isEqualTo(row.get("birth_date"));
            assertThat(r.establishment()).hasValue(row.get("establishment"));
            assertThat(r.jobCode()).hasValue(row.get("pcs_ese"));
            assertThat(r.contract().code()).isEqualTo(row.get("contract_type"));
            assertThat(FieldText.format(r, RecordField.HIRE_DATE)).isEqualTo(row.get("start_date"));
            assertThat(FieldText.format(r, RecordField.EXIT_DATE)).isEqualTo(row.get("end_date"));
            assertThat(r.fte()).isEqualByComparingTo(row.get("fte"));
            assertThat(r.annualBasePay().orElseThrow()).isEqualByComparingTo(row.get("base_pay_month"));
            assertThat(r.annualVariablePay().orElseThrow()).isEqualByComparingTo(row.get("bonus_month"));
        }
        assertThat(byId.get("M004").exitReason()).hasValue(ExitReason.END_OF_CONTRACT);
        assertThat(byId.get("M004").annualExcludedPay().orElseThrow()).isEqualByComparingTo("1610.00"); // fin-de-CDD indemnity
        assertThat(byId.get("M005").exitReason()).hasValue(ExitReason.RESIGNATION);
        assertThat(result.summary().warnings()).anySatisfy(w -> assertThat(w).contains("TEST file"));
    }

    @Test
    @DisplayName("maternity_leave: a 60.001 = 02 stoppage open in the month (M003 only)")
    void maternityLeave() throws IOException {
        DsnRecordReader reader = (DsnRecordReader) new DsnAdapter().open(InputSource.of("s.dsn", sample()), AdapterSettings.NONE);
        Map<String, Boolean> leave = new HashMap<>();
        reader.observer = (p, result) -> leave.put(p.matricule.orElseThrow(), p.maternityLeave);
        while (reader.next().isPresent()) {
            // read to the end
        }
        for (Map<String, String> row : expected()) {
            assertThat(leave.get(row.get("id"))).as(row.get("id")).isEqualTo(Boolean.parseBoolean(row.get("maternity_leave")));
        }
    }

    @Test
    @DisplayName("the NIR never appears in records, messages or ids: only its salted hash")
    void nirNeverShown() throws IOException {
        String withoutMatricule = new String(sample(), StandardCharsets.ISO_8859_1).replaceAll("S21\\.G00\\.30\\.019,'M0[0-9]+'\r?\n", "");
        LoadResult result = load("x.dsn", withoutMatricule.getBytes(StandardCharsets.ISO_8859_1));
        assertThat(result.records()).hasSize(12).allSatisfy(r -> {
            assertThat(r.id()).startsWith("NIR-").doesNotContain("99999999");
            assertThat(r.toString()).doesNotContain("2999999999001");
        });
        LoadResult salted = DatasetLoader.builder().mode(LoadMode.LENIENT).registry(AdapterRegistry.of(new DsnAdapter()))
                .settings(AdapterSettings.NONE.with(DsnAdapter.SALT, "ours")).build()
                .load(InputSource.of("x.dsn", withoutMatricule.getBytes(StandardCharsets.ISO_8859_1)));
        assertThat(salted.records().get(0).id()).isNotEqualTo(result.records().get(0).id());
    }

    @Test
    @DisplayName("syntax: outer quotes only (L'EXEMPLE), unquoted values accepted with a warning, '' is absent")
    void lineSyntax() {
        assertThat(DsnLine.parse("S21.G00.06.004,'1 RUE DE L'EXEMPLE'", 1).orElseThrow().value()).hasValue("1 RUE DE L'EXEMPLE");
        assertThat(DsnLine.parse("S21.G00.30.005,02", 2).orElseThrow().quoted()).isFalse();
        assertThat(DsnLine.parse("S21.G00.30.005,''", 3).orElseThrow().value()).isEmpty();
        assertThat(DsnLine.parse("   ", 4)).isEmpty();
        assertThatThrownBy(() -> DsnLine.parse("S21.G00.30.005 '02'", 5)).hasMessageContaining("no comma");
        assertThatThrownBy(() -> DsnLine.parse("S21.X.30.005,'02'", 6)).hasMessageContaining("not a rubric identifier");
        assertThatThrownBy(() -> DsnLine.parse("S21.G00.30.005,'02", 7)).hasMessageContaining("unclosed quote");
    }

    @Test
    @DisplayName("encoding: ISO-8859-1 by default, UTF-8 with a BOM or valid multi-byte sequences")
    void encoding() {
        assertThat(DsnAdapter.charset("S21,'\u00C9'".getBytes(StandardCharsets.ISO_8859_1))).isEqualTo(StandardCharsets.ISO_8859_1);
        assertThat(DsnAdapter.charset("S21,'\u00C9'".getBytes(StandardCharsets.UTF_8))).isEqualTo(StandardCharsets.UTF_8);
        assertThat(DsnAdapter.charset("S21,'E'".getBytes(StandardCharsets.US_ASCII))).isEqualTo(StandardCharsets.ISO_8859_1);
    }

    @Test
    @DisplayName("dsn.md §3: 99 marks an unknown day or month only; an impossible date with 99 in its year (31021999) is an error, "
            + "never echoed; 62.002 = 099 cancels an end; text levels (40.069-071) are accepted")
    void birthDatesEndCancellationAndLevels() {
        String text = """
                S10.G00.00.001,'X'
                S20.G00.05.001,'01'
                S20.G00.05.005,'01122025'
                S21.G00.06.001,'999999999'
                S21.G00.11.001,'00011'
                S21.G00.30.001,'1999999999001'
                S21.G00.30.006,'31021999'
                S21.G00.30.019,'A'
                S21.G00.30.001,'2999999999002'
                S21.G00.30.006,'99061985'
                S21.G00.30.019,'B'
                S21.G00.40.001,'01012020'
                S21.G00.40.069,'II'
                S21.G00.40.070,'B'
                S21.G00.40.071,'250'
                S21.G00.62.001,'15122025'
                S21.G00.62.002,'099'
                """;
        LoadResult r = load("dates.dsn", text.getBytes(StandardCharsets.ISO_8859_1));
        List<String> messages = messages(r);
        assertThat(messages).singleElement().satisfies(m -> assertThat(m).startsWith("dates.dsn:7 [S21.G00.30.006]")
                .contains("birth date").doesNotContain("31021999"));
        EmployeeRecord b = r.records().stream().filter(x -> x.id().equals("B")).findFirst().orElseThrow();
        assertThat(b.birthYear()).contains(1985);
        assertThat(b.exitDate()).isEmpty();
        assertThat(b.exitReason()).isEmpty();
    }

    @Test
    @DisplayName("errors name the file, line and rubric: malformed lines, unknown blocks, orphans, bad values")
    void errors() {
        String text = """
                S10.G00.00.001,'X'
                S20.G00.05.001,'01'
                S20.G00.05.005,'01122025'
                S21.G00.40.001,'01012020'
                S21.G00.06.001,'999999999'
                S21.G00.11.001,'00011'
                S21.G00.30.001,'1999999999001'
                S21.G00.30.005,'07'
                S21.G00.30.019,'A'
                this is not a rubric
                S21.G00.77.001,'?'
                S21.G00.30.001,'2999999999002'
                S21.G00.30.006,'31022020'
                S21.G00.30.019,'B'
                S21.G00.30.001,'2999999999003'
                S21.G00.30.005,'02'
                S21.G00.30.006,'01011990'
                S21.G00.30.019,'C'
                S21.G00.51.011,'010'
                S21.G00.51.013,'12,50'
                """;
        LoadResult r = load("bad.dsn", text.getBytes(StandardCharsets.ISO_8859_1));
        List<String> messages = messages(r);
        assertThat(messages).anySatisfy(m -> assertThat(m).startsWith("bad.dsn:4 [S21.G00.40.001]").contains("no parent individual"));
        assertThat(messages).anySatisfy(m -> assertThat(m).startsWith("bad.dsn:8 [S21.G00.30.005]").contains("not a sex code"));
        assertThat(messages).anySatisfy(m -> assertThat(m).startsWith("bad.dsn:10").contains("no comma"));
        assertThat(messages).anySatisfy(m -> assertThat(m).startsWith("bad.dsn:11 [S21.G00.77.001]").contains("unknown block"));
        assertThat(messages).anySatisfy(m -> assertThat(m).startsWith("bad.dsn:13 [S21.G00.30.006]").contains("birth date"));
        assertThat(messages).anySatisfy(m -> assertThat(m).startsWith("bad.dsn:20 [S21.G00.51.013]").contains("amount"));
        assertThat(r.summary().read()).isEqualTo(r.summary().accepted() + r.summary().rejected());
    }

    @Test
    @DisplayName("a broken line inside an individual rejects that individual (its record would be incomplete), naming the line")
    void brokenLineRejectsItsIndividual() {
        String text = """
                S10.G00.00.001,'X'
                S20.G00.05.001,'01'
                S20.G00.05.005,'01122025'
                S21.G00.06.001,'999999999'
                S21.G00.11.001,'00011'
                S21.G00.30.001,'2999999999002'
                S21.G00.30.005,'02'
                S21.G00.30.006,'01011990'
                S21.G00.30.019,'A'
                S21.G00.51.011,'010'
                S21.G00.51.013 4200.00
                S21.G00.30.001,'2999999999003'
                S21.G00.30.005,'02'
                S21.G00.30.006,'01011990'
                S21.G00.30.019,'B'
                S90.G00.90.001 16
                """;
        LoadResult r = load("broken.dsn", text.getBytes(StandardCharsets.ISO_8859_1));
        // The broken pay line rejects A; the broken trailer line (not an individual's block) is its own entry, B stays.
        assertThat(r.records()).extracting(org.mixite.spi.model.EmployeeRecord::id).containsExactly("B");
        assertThat(r.rejections()).hasSize(2);
        assertThat(r.rejections().get(0)).satisfies(x -> {
            assertThat(x.id()).hasValue("A");
            assertThat(x.violations()).singleElement().satisfies(v -> assertThat(v.toString())
                    .startsWith("broken.dsn:11").contains("no comma").contains("individual it belongs to is not read"));
        });
        assertThat(r.rejections().get(1).position().line()).hasValue(16);
    }

    @Test
    @DisplayName("work_postal_code (issue 18) is the declaring establishment's code postal S21.G00.11.004: 34000 and 75011 in the sample")
    void postalCodeOfTheEstablishment() throws IOException {
        LoadResult result = load("example-2025-12.dsn", sample());
        assertThat(result.records()).allSatisfy(r -> assertThat(r.workPostalCode()).hasValue(
                r.establishment().orElseThrow().endsWith("00011") ? "34000" : "75011"));
        assertThat(result.records()).anySatisfy(r -> assertThat(r.workPostalCode()).hasValue("75011"));
    }

    @Test
    @DisplayName("no work_postal_code when 11.004 is absent or not five digits, or when the contract's workplace (40.019) is another establishment")
    void postalCodeUnknown() {
        String text = """
                S10.G00.00.001,'X'
                S20.G00.05.001,'01'
                S20.G00.05.005,'01122025'
                S21.G00.06.001,'999999999'
                S21.G00.11.001,'00011'
                S21.G00.11.004,'3400'
                S21.G00.30.001,'2999999999002'
                S21.G00.30.005,'02'
                S21.G00.30.006,'01011990'
                S21.G00.30.019,'A'
                S21.G00.11.001,'00029'
                S21.G00.11.004,'75011'
                S21.G00.30.001,'2999999999003'
                S21.G00.30.005,'02'
                S21.G00.30.006,'01011990'
                S21.G00.30.019,'B'
                S21.G00.40.001,'01012020'
                S21.G00.40.009,'C1'
                S21.G00.40.019,'99999999900011'
                S21.G00.30.001,'1999999999004'
                S21.G00.30.005,'01'
                S21.G00.30.006,'01011990'
                S21.G00.30.019,'C'
                S21.G00.40.001,'01012020'
                S21.G00.40.009,'C1'
                S21.G00.40.019,'99999999900029'
                """;
        LoadResult r = load("postal.dsn", text.getBytes(StandardCharsets.ISO_8859_1));
        Map<String, EmployeeRecord> byId = new HashMap<>();
        r.records().forEach(x -> byId.put(x.id(), x));
        assertThat(byId.get("A").workPostalCode()).isEmpty();
        assertThat(byId.get("B").workPostalCode()).isEmpty();
        assertThat(byId.get("C").workPostalCode()).hasValue("75011");
    }

    @Test
    @DisplayName("probing: the S10 signature is certain; a binary file is refused")
    void probeAndBinary() throws IOException {
        assertThat(new DsnAdapter().probe(InputSource.of("anything.txt", "S10.G00.00.001,'X'\n".getBytes(StandardCharsets.US_ASCII))))
                .isEqualTo(Probe.CERTAIN);
        assertThatThrownBy(() -> load("b.dsn", new byte[] {'S', 0, 1})).isInstanceOf(InputException.class).hasMessageContaining("binary");
        assertThat(AdapterRegistry.discover(getClass().getClassLoader()).find("dsn")).isPresent();
    }

    @Test
    @DisplayName("apprenticeship is read from 40.008, and the contract nature maps per dsn.md")
    void contractMapping() {
        assertThat(DsnCodes.contract("29")).hasValue(ContractType.INTERN);
        assertThat(DsnCodes.contract("08")).hasValue(ContractType.PERMANENT);
        assertThat(DsnCodes.workStudy("65")).isTrue();
        assertThat(DsnCodes.exitReason("043")).isEqualTo(ExitReason.OTHER);
        assertThat(Optional.of(DsnCodes.bonus("011"))).hasValue(false);
        assertThat(new BigDecimal("0.80")).isEqualByComparingTo("0.8");
    }
}
