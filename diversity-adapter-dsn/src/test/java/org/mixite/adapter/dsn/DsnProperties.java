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
}
