package org.mixite.adapter.dsn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mixite.spi.InputException;
import org.mixite.spi.adapter.AdapterRegistry;
import org.mixite.spi.adapter.InputSource;
import org.mixite.spi.load.DatasetLoader;
import org.mixite.spi.load.LoadMode;
import org.mixite.spi.load.LoadResult;
import org.mixite.spi.model.EmployeeRecord;

/**
 * Issue 24: DSN files as other payroll software writes them (no 51 blocks, only contribution
 * bases; the declaration block after the company block), and issue 19's limits on one file.
 */
class DsnOtherWritersTest {

    private static final String HEAD = """
            S10.G00.00.001,'OTHER PAYROLL'
            S10.G00.00.005,'02'
            S20.G00.05.001,'01'
            S20.G00.05.002,'01'
            S20.G00.05.005,'01122025'
            S21.G00.06.001,'999999999'
            S21.G00.11.001,'00011'
            """;

    private static String person(String matricule, String sex) {
        return """
                S21.G00.30.001,'%s999999999%s'
                S21.G00.30.005,'%s'
                S21.G00.30.006,'01011990'
                S21.G00.30.019,'%s'
                S21.G00.40.001,'01012020'
                S21.G00.40.004,'388a'
                S21.G00.40.007,'01'
                S21.G00.40.009,'C%s'
                S21.G00.40.012,'151.67'
                S21.G00.40.013,'151.67'
                S21.G00.40.014,'10'
                """.formatted(sex.equals("02") ? "2" : "1", matricule.substring(1), sex, matricule, matricule.substring(1));
    }

    private static LoadResult load(String name, String text) {
        return load(name, text.getBytes(StandardCharsets.ISO_8859_1));
    }

    private static LoadResult load(String name, byte[] bytes) {
        return DatasetLoader.builder().mode(LoadMode.LENIENT).registry(AdapterRegistry.of(new DsnAdapter())).build()
                .load(InputSource.of(name, bytes));
    }

    private static Map<String, EmployeeRecord> byId(LoadResult r) {
        return r.records().stream().collect(Collectors.toMap(EmployeeRecord::id, Function.identity()));
    }

    private static String sample() throws IOException {
        try (InputStream in = DsnOtherWritersTest.class.getResourceAsStream("/example-2025-12.dsn")) {
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    /** The sample with each declaration's S20.G00.05 lines moved just after its company block's lines. */
    static String lateDeclarations(String text) {
        return text.replaceAll("((?:S20\\.G00\\.05\\.[^\\n]*\\n)+)((?:S21\\.G00\\.06\\.[^\\n]*\\n)+)", "$2$1");
    }

    @Test
    @DisplayName("CT2019 S21.G00.50/51 (1..n per individual): an individual without any 51 has an unknown pay, not 0; counted in the "
            + "load summary's warnings")
    void noRemunerationIsUnknownPay() {
        LoadResult r = load("other.dsn", HEAD + person("M001", "02") + person("M002", "01"));
        assertThat(r.rejections()).isEmpty();
        assertThat(r.records()).hasSize(2).allSatisfy(x -> {
            assertThat(x.annualBasePay()).isEmpty();
            assertThat(x.annualVariablePay()).isEmpty();
            assertThat(x.annualExcludedPay()).isEmpty();
        });
        assertThat(r.summary().warnings()).singleElement().satisfies(w -> assertThat(w)
                .startsWith("other.dsn: 2 individual(s) without any remuneration block (S21.G00.51) nor base brute Sécurité sociale")
                .contains("unknown").contains("left out of pay figures"));
    }

    @Test
    @DisplayName("CT2019 S21.G00.78.001 = 03 (base brute Sécurité sociale), 78.004 its amount: without any 51 it is the month's gross "
            + "pay, bonuses (52) and benefits in kind (54) as variable pay, the rest as base pay; other bases (02) are not pay")
    void socialSecurityBaseStandsInForRemuneration() {
        String text = HEAD + person("M001", "02") + """
                S21.G00.50.001,'31122025'
                S21.G00.52.001,'027'
                S21.G00.52.002,'500.00'
                S21.G00.54.001,'03'
                S21.G00.54.002,'80.00'
                S21.G00.78.001,'02'
                S21.G00.78.004,'3925.00'
                S21.G00.78.001,'03'
                S21.G00.78.004,'4200.00'
                S21.G00.81.001,'076'
                S21.G00.81.004,'12.00'
                """ + person("M002", "01") + """
                S21.G00.78.001,'03'
                S21.G00.78.004,'3100.00'
                """;
        LoadResult r = load("bases.dsn", text);
        assertThat(r.rejections()).isEmpty();
        Map<String, EmployeeRecord> people = byId(r);
        assertThat(people.get("M001").annualBasePay().orElseThrow()).isEqualByComparingTo("3620.00");
        assertThat(people.get("M001").annualVariablePay().orElseThrow()).isEqualByComparingTo("580.00");
        assertThat(people.get("M002").annualBasePay().orElseThrow()).isEqualByComparingTo("3100.00");
        assertThat(people.get("M002").annualVariablePay().orElseThrow()).isEqualByComparingTo("0.00");
        assertThat(r.summary().warnings()).singleElement().satisfies(w -> assertThat(w)
                .startsWith("bases.dsn: 2 individual(s) without any remuneration block (S21.G00.51): their month's gross pay is the "
                        + "base brute Sécurité sociale (S21.G00.78.004 of code 03"));
    }

    @Test
    @DisplayName("CT2019 S21.G00.51.011 = 010: where a 51 is declared, the base pay is its type 010, whatever the 78 bases say")
    void remunerationWinsOverBases() {
        String text = HEAD + person("M001", "02") + """
                S21.G00.50.001,'31122025'
                S21.G00.51.011,'010'
                S21.G00.51.013,'2480.00'
                S21.G00.78.001,'03'
                S21.G00.78.004,'9999.00'
                """;
        LoadResult r = load("both.dsn", text);
        assertThat(r.records()).singleElement().satisfies(x -> assertThat(x.annualBasePay().orElseThrow()).isEqualByComparingTo("2480.00"));
        assertThat(r.summary().warnings()).isEmpty();
    }

    @Test
    @DisplayName("dsn.md §2 (CT2019 tree S20.G00.05 > S21.G00.06 > S21.G00.11): S20 after its 06 but before any 11 changes no "
            + "rubric's owner, so the sample reads the same, with one warning for the file")
    void lateDeclarationBlockReadsWithOneWarning() throws IOException {
        String sample = sample().replace("\r\n", "\n");
        String late = lateDeclarations(sample);
        assertThat(late).isNotEqualTo(sample);
        assertThat(late.indexOf("S21.G00.06.001")).isLessThan(late.indexOf("S20.G00.05.001"));
        LoadResult inOrder = load("in-order.dsn", sample);
        LoadResult moved = load("late.dsn", late);
        assertThat(moved.rejections()).isEmpty();
        assertThat(moved.records()).isEqualTo(inOrder.records()).hasSize(12);
        List<String> added = moved.summary().warnings().stream().filter(w -> !w.contains("TEST file")).toList();
        assertThat(added).singleElement().satisfies(w -> assertThat(w).startsWith("late.dsn: block S20.G00.05 at line")
                .contains("comes after its company block S21.G00.06").contains("and in 1 more declaration")
                .contains("S10.G00.00 > S20.G00.05 > S21.G00.06 > S21.G00.11"));
    }

    @Test
    @DisplayName("dsn.md §2: a block out of order (S21.G00.11 before its S21.G00.06) is reported once at its line with the order "
            + "expected; the individuals it leaves unread are counted in one warning, not rejected one by one")
    void outOfOrderBlockIsOneRootCause() {
        String text = """
                S10.G00.00.001,'X'
                S20.G00.05.001,'01'
                S20.G00.05.005,'01122025'
                S21.G00.11.001,'00011'
                S21.G00.06.001,'999999999'
                """ + person("M001", "02") + person("M002", "01") + person("M003", "02");
        LoadResult r = load("order.dsn", text);
        assertThat(r.records()).isEmpty();
        assertThat(r.rejections()).singleElement().satisfies(x -> assertThat(x.violations()).singleElement().satisfies(v ->
                assertThat(v.toString()).startsWith("order.dsn:4 [S21.G00.11.001]").contains("has no parent company (S21.G00.06)")
                        .contains("S10.G00.00 > S20.G00.05 > S21.G00.06 > S21.G00.11")));
        assertThat(r.summary().warnings()).anySatisfy(w -> assertThat(w)
                .isEqualTo("order.dsn: because of the block out of order at line 4, 3 other individual(s) and 3 other block(s) were not read"));
    }

    @Test
    @DisplayName("dsn.md §2: an individual's blocks with no individual before them are one report, not one per block")
    void orphanRunIsOneReport() {
        String text = HEAD + """
                S21.G00.40.001,'01012020'
                S21.G00.40.009,'C1'
                S21.G00.50.001,'31122025'
                S21.G00.51.011,'010'
                S21.G00.51.013,'2480.00'
                """ + person("M001", "02");
        LoadResult r = load("orphans.dsn", text);
        assertThat(r.records()).extracting(EmployeeRecord::id).containsExactly("M001");
        assertThat(r.rejections()).singleElement().satisfies(x -> assertThat(x.violations().get(0).toString())
                .startsWith("orphans.dsn:8 [S21.G00.40.001]").contains("no parent individual (S21.G00.30)"));
        assertThat(r.summary().warnings()).contains("orphans.dsn: because of the block out of order at line 8, 0 other individual(s) and 2 "
                + "other block(s) were not read");
    }

    @Test
    @DisplayName("issue 19 limits (dsn.md \"Limits\"): an individual over 20,000 lines is rejected unread with one message, the next "
            + "one is read; its problems are capped at 100 plus a count")
    void individualSizeLimit() {
        StringBuilder text = new StringBuilder(HEAD).append(person("M001", "02"));
        for (int i = 0; i < 25_000; i++) {
            text.append("S21.G00.40.001,'31022020'\n"); // each a new contract block, each with an impossible date
        }
        text.append(person("M002", "01"));
        LoadResult r = load("big.dsn", text.toString());
        assertThat(r.records()).extracting(EmployeeRecord::id).containsExactly("M002");
        assertThat(r.rejections()).singleElement().satisfies(x -> {
            assertThat(x.violations()).hasSize(102);
            assertThat(x.violations().get(100).toString()).contains("the individual has more than 20,000 lines");
            assertThat(x.violations().get(101).toString()).contains((20_000 - 10 - 100) + " more problem(s) in this individual");
        });
        assertThat(r.summary().warnings()).anySatisfy(w -> assertThat(w).contains("1 individual(s) over the limit of 20000 lines"));
    }

    @Test
    @DisplayName("issue 19 limits: a line over 65,536 characters stops the file with an input error naming the file and line")
    void lineLengthLimit() {
        String text = HEAD + "S21.G00.30.002,'" + "A".repeat(70_000) + "'\n";
        assertThatThrownBy(() -> load("long.dsn", text)).isInstanceOf(InputException.class)
                .hasMessageStartingWith("long.dsn:8: line longer than 65,536 characters");
        // CR-only line ends are line ends, and a 60,000-character value is read (and the line is not a rubric Mixité uses).
        String crOnly = (HEAD + person("M001", "02") + "S21.G00.30.002,'" + "A".repeat(60_000) + "'\n").replace('\n', '\r');
        assertThat(load("cr.dsn", crOnly).records()).singleElement();
    }

    @Test
    @DisplayName("dsn.md §4: a month without pay makes the person's annual pay unknown, not the sum of the other months; a late "
            + "S20 block combines the same way")
    void yearWithUnknownMonth(@TempDir Path dir) throws IOException {
        String dec = sample();
        String nov = dec.replace("S20.G00.05.005,'01122025'", "S20.G00.05.005,'01112025'").replaceAll("S21\\.G00\\.51\\.[^\\n]*\\n", "");
        Files.writeString(dir.resolve("2025-11.dsn"), nov, StandardCharsets.ISO_8859_1);
        Files.writeString(dir.resolve("2025-12.dsn"), lateDeclarations(dec.replace("\r\n", "\n")), StandardCharsets.ISO_8859_1);
        LoadResult year = DatasetLoader.builder().mode(LoadMode.LENIENT).registry(AdapterRegistry.of(new DsnAdapter())).build()
                .load(InputSource.of(dir));
        assertThat(year.rejections()).isEmpty();
        assertThat(year.records()).hasSize(12).allSatisfy(x -> assertThat(x.annualBasePay()).as(x.id()).isEmpty());
        assertThat(year.summary().warnings()).anySatisfy(w -> assertThat(w).contains("12 individual(s) without any remuneration block"))
                .anySatisfy(w -> assertThat(w).contains("comes after its company block"));
    }

    @Test
    @DisplayName("dsn.md §3 rules for replacements with late S20 blocks (dsn.md §2): a type 03 declaration whose S20 comes after its "
            + "06 still replaces the normal one of the same SIRET, month and fraction")
    void replacementWithLateDeclarationBlocks(@TempDir Path dir) throws IOException {
        String dec = sample().replace("\r\n", "\n");
        String replacement = dec.replace("S20.G00.05.002,'01'", "S20.G00.05.002,'03'")
                .replaceFirst(java.util.regex.Pattern.quote("S21.G00.51.012,'151.67'\nS21.G00.51.013,'4200.00'"),
                        "S21.G00.51.012,'151.67'\nS21.G00.51.013,'4300.00'");
        assertThat(replacement).contains("4300.00");
        Files.writeString(dir.resolve("a-normal.dsn"), lateDeclarations(dec), StandardCharsets.ISO_8859_1);
        Files.writeString(dir.resolve("b-replacement.dsn"), lateDeclarations(replacement), StandardCharsets.ISO_8859_1);
        LoadResult year = DatasetLoader.builder().mode(LoadMode.LENIENT).registry(AdapterRegistry.of(new DsnAdapter())).build()
                .load(InputSource.of(dir));
        assertThat(year.rejections()).isEmpty();
        assertThat(byId(year).get("M001").annualBasePay().orElseThrow()).isEqualByComparingTo("4300.00");
        assertThat(year.summary().warnings()).anySatisfy(w -> assertThat(w).contains("2 declaration(s) of type 03 replace"))
                .noneSatisfy(w -> assertThat(w).contains("declared more than once"));
    }
}
