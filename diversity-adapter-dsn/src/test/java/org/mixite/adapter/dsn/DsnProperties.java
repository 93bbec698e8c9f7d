package org.mixite.adapter.dsn;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.mixite.spi.MixiteException;
import org.mixite.spi.adapter.AdapterRegistry;
import org.mixite.spi.adapter.InputSource;
import org.mixite.spi.load.DatasetLoader;
import org.mixite.spi.load.LoadMode;
import org.mixite.spi.load.LoadResult;
import org.mixite.spi.load.LoadSummary;
import org.mixite.spi.model.ContractType;
import org.mixite.spi.model.EmployeeRecord;
import org.mixite.spi.model.Sex;

/** The DSN parser never crashes, and a generated valid DSN round-trips. */
class DsnProperties {

    private static LoadResult load(byte[] bytes) {
        return DatasetLoader.builder().mode(LoadMode.LENIENT).registry(AdapterRegistry.of(new DsnAdapter())).build()
                .load(InputSource.of("g.dsn", bytes));
    }

    @Provide
    Arbitrary<String> dsnLike() {
        Arbitrary<String> line = Arbitraries.oneOf(
                Arbitraries.of("S10.G00.00.001", "S20.G00.05.001", "S20.G00.05.005", "S21.G00.06.001", "S21.G00.11.001",
                        "S21.G00.30.001", "S21.G00.30.005", "S21.G00.30.006", "S21.G00.40.001", "S21.G00.40.009", "S21.G00.40.012",
                        "S21.G00.51.011", "S21.G00.51.013", "S21.G00.52.001", "S21.G00.60.001", "S21.G00.62.001", "S21.G00.99.001")
                        .flatMap(id -> Arbitraries.strings().withChars("0129.,'Aé -").ofMaxLength(14).map(v -> id + ",'" + v + "'")),
                Arbitraries.strings().ofMaxLength(40));
        return line.list().ofMaxSize(60).map(lines -> String.join("\n", lines));
    }

    @Property(tries = 1000)
    @Label("arbitrary DSN-like lines give records or reported problems, never another exception")
    void neverCrashes(@ForAll("dsnLike") String text) {
        try {
            LoadSummary s = load(text.getBytes(StandardCharsets.ISO_8859_1)).summary();
            assertThat(s.read()).isEqualTo(s.accepted() + s.rejected());
        } catch (MixiteException expected) {
            assertThat(expected.getMessage()).startsWith("g.dsn");
        }
    }

    @Property(tries = 1000)
    @Label("arbitrary bytes never crash the adapter")
    void bytesNeverCrash(@ForAll byte[] bytes) {
        try {
            load(bytes);
        } catch (MixiteException expected) {
            assertThat(expected.getMessage()).startsWith("g.dsn");
        }
    }

    @Provide
    Arbitrary<List<EmployeeRecord>> workforce() {
        Arbitrary<EmployeeRecord> person = Combinators.combine(Arbitraries.of(Sex.FEMALE, Sex.MALE),
                Arbitraries.integers().between(0, 15_000), Arbitraries.of("388a", "478c", "542a", "621a"),
                Arbitraries.of(ContractType.PERMANENT, ContractType.FIXED_TERM, ContractType.APPRENTICE),
                Arbitraries.of(new BigDecimal("1"), new BigDecimal("0.8"), new BigDecimal("0.5")),
                Arbitraries.integers().between(100_00, 900_000_00))
                .as((sex, days, job, contract, fte, cents) -> EmployeeRecord.builder("x", sex)
                        .birthDate(LocalDate.of(1960, 1, 1).plusDays(days)).jobCode(job).contract(contract).fte(fte)
                        .hireDate(LocalDate.of(2000, 1, 1).plusDays(days % 9000)).annualBasePay(BigDecimal.valueOf(cents, 2)).build());
        return person.list().ofMaxSize(30).map(list -> {
            List<EmployeeRecord> unique = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                unique.add(list.get(i).toBuilder().id("E" + i).build());
            }
            return unique;
        });
    }

    @Property(tries = 300)
    @Label("a generated valid DSN reads back into the same records (on the fields a DSN carries)")
    void roundTrip(@ForAll("workforce") List<EmployeeRecord> records) throws Exception {
        StringWriter out = new StringWriter();
        DsnWriter.write(records.iterator(), out);
        LoadResult back = load(out.toString().getBytes(StandardCharsets.ISO_8859_1));
        assertThat(back.rejections()).isEmpty();
        assertThat(back.records()).hasSize(records.size());
        for (int i = 0; i < records.size(); i++) {
            EmployeeRecord a = records.get(i);
            EmployeeRecord b = back.records().get(i);
            assertThat(b.id()).isEqualTo(a.id());
            assertThat(b.sex()).isEqualTo(a.sex());
            assertThat(b.birthDate()).isEqualTo(a.birthDate());
            assertThat(b.jobCode()).isEqualTo(a.jobCode());
            assertThat(b.contract()).isEqualTo(a.contract());
            assertThat(b.fte()).isEqualByComparingTo(a.fte());
            assertThat(b.hireDate()).isEqualTo(a.hireDate());
            assertThat(b.annualBasePay().orElseThrow()).isEqualByComparingTo(a.annualBasePay().orElseThrow());
        }
    }

    private static String dsn(List<EmployeeRecord> records, boolean socialSecurityBase) throws Exception {
        StringWriter out = new StringWriter();
        DsnWriter.write(records.iterator(), out, socialSecurityBase);
        return out.toString();
    }

    @Property(tries = 200)
    @Label("issue 24 / dsn.md §2: moving the S20.G00.05 block after S21.G00.06 (before S21.G00.11) gives the same records plus one warning")
    void lateDeclarationBlock(@ForAll("workforce") List<EmployeeRecord> records) throws Exception {
        String text = dsn(records, false);
        List<String> lines = new ArrayList<>(List.of(text.split("\n")));
        List<String> declaration = lines.stream().filter(l -> l.startsWith("S20.G00.05.")).toList();
        lines.removeAll(declaration);
        int company = lines.indexOf(lines.stream().filter(l -> l.startsWith("S21.G00.06.")).findFirst().orElseThrow());
        lines.addAll(company + 1, declaration);
        LoadResult inOrder = load(text.getBytes(StandardCharsets.ISO_8859_1));
        LoadResult moved = load((String.join("\n", lines) + "\n").getBytes(StandardCharsets.ISO_8859_1));
        assertThat(moved.rejections()).isEqualTo(inOrder.rejections()).isEmpty();
        assertThat(moved.records()).isEqualTo(inOrder.records());
        assertThat(moved.summary().warnings()).hasSize(inOrder.summary().warnings().size() + 1)
                .containsAll(inOrder.summary().warnings())
                .anySatisfy(w -> assertThat(w).contains("S20.G00.05 at line " + (company + 2)).contains("comes after"));
    }

    @Property(tries = 200)
    @Label("issue 24 / CT2019 S21.G00.51 and S21.G00.78.001 = 03: removing an individual's 51 blocks gives the same record with an "
            + "unknown pay, or the base brute Sécurité sociale where there is one, never 0")
    void removedRemunerationIsUnknownOrSocialSecurityBase(@ForAll("workforce") List<EmployeeRecord> records,
                                                          @ForAll List<Boolean> removed, @ForAll boolean socialSecurityBase) throws Exception {
        String text = dsn(records, socialSecurityBase);
        StringBuilder edited = new StringBuilder();
        int person = -1;
        for (String line : text.split("\n")) {
            if (line.startsWith("S21.G00.30.001")) {
                person++;
            }
            boolean remove = person >= 0 && person < removed.size() && removed.get(person);
            if (!(remove && line.startsWith("S21.G00.51."))) {
                edited.append(line).append('\n');
            }
        }
        LoadResult before = load(text.getBytes(StandardCharsets.ISO_8859_1));
        LoadResult after = load(edited.toString().getBytes(StandardCharsets.ISO_8859_1));
        assertThat(after.rejections()).isEmpty();
        assertThat(after.records()).hasSameSizeAs(before.records());
        long without = 0;
        for (int i = 0; i < records.size(); i++) {
            EmployeeRecord was = before.records().get(i);
            EmployeeRecord is = after.records().get(i);
            boolean remove = i < removed.size() && removed.get(i);
            if (!remove) {
                assertThat(is).isEqualTo(was);
                continue;
            }
            without++;
            assertThat(is.toBuilder().annualBasePay(BigDecimal.ONE).annualVariablePay(BigDecimal.ONE).annualExcludedPay(BigDecimal.ONE)
                    .build()).isEqualTo(was.toBuilder().annualBasePay(BigDecimal.ONE).annualVariablePay(BigDecimal.ONE)
                    .annualExcludedPay(BigDecimal.ONE).build());
            if (socialSecurityBase) {
                assertThat(is.annualBasePay().orElseThrow()).isEqualByComparingTo(was.annualBasePay().orElseThrow()).isPositive();
            } else {
                assertThat(is.annualBasePay()).isEmpty();
                assertThat(is.annualVariablePay()).isEmpty();
                assertThat(is.annualExcludedPay()).isEmpty();
            }
        }
        long counted = without;
        if (without > 0) {
            assertThat(after.summary().warnings()).anySatisfy(w -> assertThat(w).startsWith("g.dsn: " + counted + " individual(s) without any "
                    + "remuneration block").contains(socialSecurityBase ? "base brute Sécurité sociale (S21.G00.78.004" : "unknown"));
        } else {
            assertThat(after.summary().warnings()).noneMatch(w -> w.contains("without any remuneration block"));
        }
    }
}
