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
