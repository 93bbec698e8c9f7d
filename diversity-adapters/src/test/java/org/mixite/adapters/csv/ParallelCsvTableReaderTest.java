package org.mixite.adapters.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mixite.spi.InputException;
import org.mixite.spi.adapter.AdapterRegistry;
import org.mixite.spi.adapter.InputSource;
import org.mixite.spi.load.DatasetLoader;
import org.mixite.spi.load.LoadMode;
import org.mixite.spi.load.RecordSink;
import org.mixite.spi.load.Rejection;
import org.mixite.spi.model.EmployeeRecord;
import org.mixite.spi.model.Sex;

class ParallelCsvTableReaderTest {

    @TempDir
    Path dir;

    /** One row per site: past the limit on distinct breakdown values (docs/robustness.md), 100,000 per column. */
    private Path oneSitePerRow(int rows) throws IOException {
        Path file = dir.resolve("sites.csv");
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8); CanonicalCsvWriter csv = new CanonicalCsvWriter(out)) {
            for (int i = 0; i < rows; i++) {
                csv.write(EmployeeRecord.builder("E" + i, i % 2 == 0 ? Sex.FEMALE : Sex.MALE).birthYear(1980)
                        .establishment("S" + i).annualBasePay(new BigDecimal("30000")).build());
            }
        }
        return file;
    }

    @Test
    @DisplayName("robustness (distinct values): past the limit, the parallel reader stops at the row the loader stops at, not checked ahead")
    void distinctLimitPassedAtTheLoadersRow() throws IOException {
        InputSource input = InputSource.of(oneSitePerRow(100_002));
        String loaderMessage = messageOf(() -> DatasetLoader.builder().mode(LoadMode.LENIENT).registry(AdapterRegistry.of(new CsvAdapter()))
                .build().stream(input, new RecordSink() {
                    @Override
                    public void accept(EmployeeRecord record) {
                    }

                    @Override
                    public void reject(Rejection rejection) {
                    }
                }));
        AtomicReference<Boolean> ahead = new AtomicReference<>();
        ParallelCsvTableReader reader = ParallelCsvTableReader.builder().mode(LoadMode.LENIENT).parallelism(2).minPartBytes(1 << 16)
                .lanes((plain, fallback, checkedAhead) -> ahead.set(checkedAhead)).build();
        assertThatThrownBy(() -> reader.readInParts(input)).isInstanceOf(InputException.class).hasMessage(loaderMessage);
        assertThat(loaderMessage).contains(":100002").contains("distinct establishment");
        assertThat(ahead.get()).as("read in parts, checked row by row").isFalse();
    }

    @Test
    @DisplayName("robustness (distinct values): at the limit, the parallel reader checks the rows ahead and accepts them all")
    void distinctLimitReachedCheckedAhead() throws IOException {
        AtomicReference<Boolean> ahead = new AtomicReference<>();
        ParallelCsvTableReader reader = ParallelCsvTableReader.builder().mode(LoadMode.STRICT).parallelism(2).minPartBytes(1 << 16)
                .lanes((plain, fallback, checkedAhead) -> ahead.set(checkedAhead)).build();
        var load = reader.readInParts(InputSource.of(oneSitePerRow(100_000))).orElseThrow();
        assertThat(load.summary().accepted()).isEqualTo(100_000);
        assertThat(load.table().columns().establishments()).hasSize(100_000);
        assertThat(ahead.get()).isTrue();
    }

    private static String messageOf(Runnable load) {
        try {
            load.run();
        } catch (InputException e) {
            return e.getMessage();
        }
        throw new AssertionError("the loader did not stop");
    }
}
