package org.mixite.adapter.dsn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mixite.spi.InputException;
import org.mixite.spi.adapter.AdapterRegistry;
import org.mixite.spi.adapter.InputSource;
import org.mixite.spi.adapter.Probe;
import org.mixite.spi.load.DatasetLoader;
import org.mixite.spi.load.LoadMode;
import org.mixite.spi.load.LoadResult;
import org.mixite.spi.model.EmployeeRecord;

/** dsn.md §4: the monthly declarations of one year, given as a directory, read as one annual record per person. */
class DsnYearReaderTest {

    private static String december() throws IOException {
        try (InputStream in = DsnYearReaderTest.class.getResourceAsStream("/example-2025-12.dsn")) {
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    private static LoadResult load(Path directory) {
        return DatasetLoader.builder().mode(LoadMode.LENIENT).registry(AdapterRegistry.of(new DsnAdapter())).build()
                .load(InputSource.of(directory));
    }

    @Test
    @DisplayName("dsn.md §4: two months of one person: pay summed, one record per person, months known from S20.G00.05.005 not from file names")
    void twoMonthsCombine(@TempDir Path dir) throws IOException {
        String dec = december();
        String nov = dec.replace("S20.G00.05.005,'01122025'", "S20.G00.05.005,'01112025'")
                .replaceFirst("S21.G00.40.013,'151.67'(\\r?\\n)S21.G00.40.014,'10'", "S21.G00.40.013,'75.84'$1S21.G00.40.014,'20'");
        assertThat(nov).isNotEqualTo(dec);
        // November's file sorts after December's: the declared month decides which month is the latest.
        Files.writeString(dir.resolve("a-december.dsn"), dec, StandardCharsets.ISO_8859_1);
        Files.writeString(dir.resolve("z-november.dsn"), nov, StandardCharsets.ISO_8859_1);

        LoadResult single = DatasetLoader.builder().mode(LoadMode.LENIENT).registry(AdapterRegistry.of(new DsnAdapter())).build()
                .load(InputSource.of(dir.resolve("a-december.dsn")));
        LoadResult year = load(dir);

        assertThat(year.rejections()).isEmpty();
        Map<String, EmployeeRecord> month = single.records().stream().collect(Collectors.toMap(EmployeeRecord::id, Function.identity()));
        assertThat(year.records()).hasSameSizeAs(single.records());
        for (EmployeeRecord annual : year.records()) {
            EmployeeRecord one = month.get(annual.id());
            assertThat(one).as(annual.id()).isNotNull();
            one.annualBasePay().ifPresent(p -> assertThat(annual.annualBasePay().orElseThrow())
                    .isEqualByComparingTo(p.multiply(BigDecimal.valueOf(2))));
            assertThat(annual.jobCode()).isEqualTo(one.jobCode());
            assertThat(annual.exitDate()).isEqualTo(one.exitDate());
        }
        // M001 works full time in December and (edited) half time in November: the FTE is the months' average.
        EmployeeRecord m001 = year.records().stream().filter(r -> r.id().equals("M001")).findFirst().orElseThrow();
        assertThat(m001.fte()).isEqualByComparingTo("0.75");
        assertThat(year.summary().read()).isEqualTo(year.summary().accepted() + year.summary().rejected());
    }

    private static String edit(String text, String from, String to) {
        String regex = java.util.regex.Pattern.quote(from).replace("\n", "\\E(\\r?\\n)\\Q");
        String edited = text.replaceFirst(regex, java.util.regex.Matcher.quoteReplacement(to).replace("\n", "$1"));
        assertThat(edited).as("edit of " + from).isNotEqualTo(text);
        return edited;
    }

    @Test
    @DisplayName("dsn.md §4: matched across months by the NIR's pseudonym (a new matricule is the same person); raised = hourly base "
            + "rate up more than 0.5% (months with a stoppage skipped); promoted = PCS-ESE of a higher group")
    void raisedPromotedAndNirMatching(@TempDir Path dir) throws IOException {
        String dec = december();
        String nov = dec.replace("S20.G00.05.005,'01122025'", "S20.G00.05.005,'01112025'");
        nov = edit(nov, "S21.G00.51.012,'151.67'\nS21.G00.51.013,'4200.00'", "S21.G00.51.012,'151.67'\nS21.G00.51.013,'4100.00'");
        nov = edit(nov, "S21.G00.40.004,'388a'", "S21.G00.40.004,'478a'"); // M001's first contract line
        nov = edit(nov, "S21.G00.30.019,'M002'", "S21.G00.30.019,'Z002'");
        nov = edit(nov, "S21.G00.51.012,'121.33'\nS21.G00.51.013,'2480.00'", "S21.G00.51.012,'121.33'\nS21.G00.51.013,'2400.00'");
        Files.writeString(dir.resolve("2025-11.dsn"), nov, StandardCharsets.ISO_8859_1);
        Files.writeString(dir.resolve("2025-12.dsn"), dec, StandardCharsets.ISO_8859_1);

        LoadResult year = load(dir);
        assertThat(year.rejections()).isEmpty();
        Map<String, EmployeeRecord> byId = year.records().stream().collect(Collectors.toMap(EmployeeRecord::id, Function.identity()));
        assertThat(byId).hasSize(12).containsKey("M002").doesNotContainKey("Z002");
        EmployeeRecord m001 = byId.get("M001");
        assertThat(m001.raised()).as("4100 → 4200 for 151.67 h: +2.4%").isTrue();
        assertThat(m001.promoted()).as("478a → 388a").isTrue();
        assertThat(byId.get("M002").raised()).isFalse();
        assertThat(byId.get("M002").promoted()).isFalse();
        assertThat(byId.get("M002").annualBasePay().orElseThrow()).isEqualByComparingTo("9300.00");
        // M003's December has a maternity stoppage: her 2400 → 2480 is not compared.
        assertThat(byId.get("M003").raised()).isFalse();
    }

    @Test
    @DisplayName("dsn.md §4: the same month given twice (a copied file) is read once, never summed, and the run says so")
    void duplicateMonthReadOnce(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.dsn"), december(), StandardCharsets.ISO_8859_1);
        Files.writeString(dir.resolve("b.dsn"), december(), StandardCharsets.ISO_8859_1);
        LoadResult year = load(dir);
        EmployeeRecord m001 = year.records().stream().filter(r -> r.id().equals("M001")).findFirst().orElseThrow();
        assertThat(m001.annualBasePay().orElseThrow()).isEqualByComparingTo("4200.00");
        assertThat(year.summary().warnings()).anySatisfy(w -> assertThat(w).contains("12 person-month(s) declared more than once"));
    }

    @Test
    @DisplayName("dsn.md §3, rules for replacements: a type 03 declaration replaces the earlier one of the same SIRET, month and fraction, in full")
    void replacementReplaces(@TempDir Path dir) throws IOException {
        String dec = december();
        // The replacement corrects M001's December base pay. It is read second: keeping the first read (as for a
        // month given twice) would keep the wrong pay.
        String replacement = dec.replace("S20.G00.05.002,'01'", "S20.G00.05.002,'03'");
        replacement = edit(replacement, "S21.G00.51.012,'151.67'\nS21.G00.51.013,'4200.00'",
                "S21.G00.51.012,'151.67'\nS21.G00.51.013,'4300.00'");
        Files.writeString(dir.resolve("a-normal.dsn"), dec, StandardCharsets.ISO_8859_1);
        Files.writeString(dir.resolve("b-replacement.dsn"), replacement, StandardCharsets.ISO_8859_1);

        LoadResult year = load(dir);
        EmployeeRecord m001 = year.records().stream().filter(r -> r.id().equals("M001")).findFirst().orElseThrow();
        assertThat(m001.annualBasePay().orElseThrow()).isEqualByComparingTo("4300.00");
        assertThat(year.records()).hasSize(12);
        assertThat(year.rejections()).isEmpty();
        assertThat(year.summary().warnings())
                .anySatisfy(w -> assertThat(w).contains("2 declaration(s) of type 03 replace what was read before them"))
                .anySatisfy(w -> assertThat(w).startsWith("12 person-month(s) of replaced or cancelled declarations left out"))
                .noneSatisfy(w -> assertThat(w).contains("declared more than once"));
    }

    @Test
    @DisplayName("dsn.md §3, rules for replacements: a type 04 declaration deletes the earlier one; the other months stay")
    void cancellationDeletes(@TempDir Path dir) throws IOException {
        String dec = december();
        String nov = dec.replace("S20.G00.05.005,'01122025'", "S20.G00.05.005,'01112025'");
        // Cancel November for the first establishment only: a file with its first declaration, typed 04.
        int second = nov.indexOf("S20.G00.05.001", nov.indexOf("S20.G00.05.001") + 1);
        String cancelNov = nov.substring(0, second).replaceFirst("S20.G00.05.002,'01'", "S20.G00.05.002,'04'")
                + nov.substring(nov.indexOf("S90.G00.90"));
        // Read in name order: the cancellation after what it cancels.
        Files.writeString(dir.resolve("2025-11-a.dsn"), nov, StandardCharsets.ISO_8859_1);
        Files.writeString(dir.resolve("2025-11-b-cancel.dsn"), cancelNov, StandardCharsets.ISO_8859_1);
        Files.writeString(dir.resolve("2025-12.dsn"), dec, StandardCharsets.ISO_8859_1);

        LoadResult single = DatasetLoader.builder().mode(LoadMode.LENIENT).registry(AdapterRegistry.of(new DsnAdapter())).build()
                .load(InputSource.of(dir.resolve("2025-12.dsn")));
        LoadResult year = load(dir);
        Map<String, EmployeeRecord> december = single.records().stream()
                .collect(Collectors.toMap(EmployeeRecord::id, Function.identity()));
        // M001 works at the first establishment: only December counts; M002 (second establishment) has both months.
        EmployeeRecord m001 = year.records().stream().filter(r -> r.id().equals("M001")).findFirst().orElseThrow();
        assertThat(m001.annualBasePay().orElseThrow()).isEqualByComparingTo(december.get("M001").annualBasePay().orElseThrow());
        long secondEstablishment = year.records().stream()
                .filter(r -> r.establishment().orElse("").endsWith("00029")).count();
        assertThat(secondEstablishment).isPositive();
        year.records().stream().filter(r -> r.establishment().orElse("").endsWith("00029"))
                .forEach(r -> r.annualBasePay().ifPresent(p -> assertThat(p).as(r.id())
                        .isEqualByComparingTo(december.get(r.id()).annualBasePay().orElseThrow().multiply(BigDecimal.valueOf(2)))));
        assertThat(year.summary().warnings())
                .anySatisfy(w -> assertThat(w).contains("1 of type 04/05 cancel it"))
                .noneSatisfy(w -> assertThat(w).contains("declared more than once"));
    }

    private static String m001Pay(String text, String pay) {
        return edit(text, "S21.G00.51.012,'151.67'\nS21.G00.51.013,'4200.00'", "S21.G00.51.012,'151.67'\nS21.G00.51.013,'" + pay + "'");
    }

    @Test
    @DisplayName("dsn.md §3: a month cancelled (04) and then declared again (01) counts once, with the new declaration")
    void declaredAgainAfterACancellation(@TempDir Path dir) throws IOException {
        String dec = december();
        Files.writeString(dir.resolve("2025-12-a-original.dsn"), dec, StandardCharsets.ISO_8859_1);
        Files.writeString(dir.resolve("2025-12-b-cancel.dsn"), dec.replace("S20.G00.05.002,'01'", "S20.G00.05.002,'04'"),
                StandardCharsets.ISO_8859_1);
        Files.writeString(dir.resolve("2025-12-c-resent.dsn"), m001Pay(dec, "4300.00"), StandardCharsets.ISO_8859_1);
        LoadResult year = load(dir);
        assertThat(year.records()).hasSize(12);
        EmployeeRecord m001 = year.records().stream().filter(r -> r.id().equals("M001")).findFirst().orElseThrow();
        assertThat(m001.annualBasePay().orElseThrow()).isEqualByComparingTo("4300.00");
        assertThat(year.summary().warnings()).noneSatisfy(w -> assertThat(w).contains("declared more than once"));
    }

    @Test
    @DisplayName("a broken line in a declaration header changes neither the prescan's count of declarations nor which one a replacement hits")
    void brokenHeaderLine(@TempDir Path dir) throws IOException {
        String dec = december();
        // S2O (letter O): not a rubric; the full reader reports it and ignores it for block boundaries.
        String normal = dec.replaceFirst("S20\\.G00\\.05\\.001,'01'(\\r?\\n)", "S20.G00.05.001,'01'$1S2O.G00.05.004,'1'$1");
        assertThat(normal).isNotEqualTo(dec);
        Path a = Files.writeString(dir.resolve("a-normal.dsn"), normal, StandardCharsets.ISO_8859_1);
        assertThat(Declarations.headers(a.toString())).hasSize(2);
        Files.writeString(dir.resolve("b-replacement.dsn"), m001Pay(dec.replace("S20.G00.05.002,'01'", "S20.G00.05.002,'03'"), "4300.00"),
                StandardCharsets.ISO_8859_1);
        EmployeeRecord m001 = load(dir).records().stream().filter(r -> r.id().equals("M001")).findFirst().orElseThrow();
        assertThat(m001.annualBasePay().orElseThrow()).isEqualByComparingTo("4300.00");
    }

    @Test
    @DisplayName("a person whose November is unreadable: that month is rejected, and the annual record from December is not taken for a duplicate")
    void brokenMonthIsNotADuplicate(@TempDir Path dir) throws IOException {
        String dec = december();
        String nov = edit(dec.replace("S20.G00.05.005,'01122025'", "S20.G00.05.005,'01112025'"),
                "S21.G00.51.012,'151.67'\nS21.G00.51.013,'4200.00'", "S21.G00.51.012,'151.67'\nS21.G00.51.013,'4200,00'");
        Files.writeString(dir.resolve("2025-11.dsn"), nov, StandardCharsets.ISO_8859_1);
        Files.writeString(dir.resolve("2025-12.dsn"), dec, StandardCharsets.ISO_8859_1);
        LoadResult year = load(dir);
        assertThat(year.rejections()).singleElement().satisfies(r -> {
            assertThat(r.id()).hasValue("M001");
            assertThat(r.violations()).noneSatisfy(v -> assertThat(v.message()).contains("duplicate"));
        });
        assertThat(year.records()).extracting(EmployeeRecord::id).contains("M001").hasSize(12);
    }

    @Test
    @DisplayName("the headers read before the individuals count declarations as the reader does")
    void headersOfTheSample() throws IOException {
        Path file = Files.createTempFile("dsn", ".dsn");
        try {
            Files.writeString(file, december(), StandardCharsets.ISO_8859_1);
            assertThat(Declarations.headers(file.toString())).extracting(Declarations.Header::key)
                    .containsExactly("99999999900011|01122025|11", "99999999900029|01122025|11");
        } finally {
            Files.delete(file);
        }
    }

    @Test
    @DisplayName("a directory holding .dsn files is probed as DSN; one without is refused with its name")
    void directories(@TempDir Path dir) throws IOException {
        assertThat(new DsnAdapter().probe(InputSource.of(dir))).isEqualTo(Probe.NO);
        assertThatThrownBy(() -> new DsnAdapter().open(InputSource.of(dir), org.mixite.spi.adapter.AdapterSettings.NONE))
                .isInstanceOf(InputException.class).hasMessageContaining(dir.toString());
        Files.writeString(dir.resolve("m.dsn"), december(), StandardCharsets.ISO_8859_1);
        assertThat(new DsnAdapter().probe(InputSource.of(dir))).isEqualTo(Probe.LIKELY);
    }
}
