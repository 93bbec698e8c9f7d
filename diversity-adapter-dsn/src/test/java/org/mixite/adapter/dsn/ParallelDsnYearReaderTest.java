package org.mixite.adapter.dsn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mixite.spi.ConfigurationException;
import org.mixite.spi.InputException;
import org.mixite.spi.adapter.AdapterSettings;
import org.mixite.spi.adapter.InputSource;
import org.mixite.spi.adapter.ReadResult;
import org.mixite.spi.adapter.RecordReader;

/** Issue 20, item 2: the monthly files of a year read one per core, with the sequential read's errors, and no thread left behind. */
class ParallelDsnYearReaderTest {

    private static String december() throws IOException {
        try (InputStream in = ParallelDsnYearReaderTest.class.getResourceAsStream("/example-2025-12.dsn")) {
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    private static String month(int month) throws IOException {
        return december().replace("S20.G00.05.005,'01122025'", String.format("S20.G00.05.005,'01%02d2025'", month));
    }

    /** Entries, then the failure (class and message) or "end". */
    private static List<String> drain(RecordReader reader) {
        List<String> out = new ArrayList<>();
        try (reader) {
            Optional<ReadResult> next;
            while ((next = reader.next()).isPresent()) {
                out.add(next.get().toString());
            }
            out.add("end");
        } catch (Exception e) {
            out.add(e.getClass().getName() + ": " + e.getMessage());
        }
        return out;
    }

    /** A reader of the file's text that fails with "disk gone" after {@code limit} characters. */
    private static Reader failingAfter(Path file, int limit) throws IOException {
        return new FilterReader(Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
            private int read;

            @Override
            public int read(char[] buffer, int offset, int length) throws IOException {
                if (read >= limit) {
                    throw new IOException("disk gone");
                }
                int n = super.read(buffer, offset, Math.min(length, limit - read));
                read += Math.max(n, 0);
                return n;
            }
        };
    }

    @Test
    @DisplayName("issue 20: a file failing half-way gives, in parallel as in sequence, the earlier files' problems, its own problems met "
            + "before the failure, then the same error; the files after it are not replayed")
    void failureHalfWay(@TempDir Path dir) throws IOException {
        // A broken line in each file's header: one problem per file, in file order.
        String broken = month(1).replaceFirst("S20\\.G00\\.05\\.001,'01'(\\r?\\n)", "S20.G00.05.001,'01'$1S2O.G00.05.004,'1'$1");
        List<String> files = new ArrayList<>();
        for (String name : List.of("a.dsn", "b.dsn", "c.dsn", "d.dsn")) {
            files.add(Files.writeString(dir.resolve(name), broken.replace("01012025", "01" + (files.size() + 1 < 10 ? "0" : "")
                    + (files.size() + 1) + "2025"), StandardCharsets.ISO_8859_1).toString());
        }
        Pseudonyms pseudonyms = new Pseudonyms(Pseudonyms.DEFAULT_SALT);
        DsnYearReader.MonthlyFiles monthly = file -> new DsnRecordReader(file, new DsnLines(file,
                file.endsWith("b.dsn") ? failingAfter(Path.of(file), 5_000) : Files.newBufferedReader(Path.of(file),
                        StandardCharsets.ISO_8859_1)), pseudonyms);

        List<String> sequential = drain(new DsnYearReader(files, monthly));
        ParallelDsnYearReader reader = new ParallelDsnYearReader(files, monthly, 3);
        List<String> parallel = drain(reader);

        assertThat(sequential).hasSize(3).last().isEqualTo("java.io.IOException: disk gone");
        assertThat(sequential.get(0)).contains("a.dsn").contains("S2O.G00.05.004");
        assertThat(sequential.get(1)).contains("b.dsn").contains("S2O.G00.05.004");
        assertThat(parallel).containsExactlyElementsOf(sequential);
        assertThat(reader.terminated()).as("threads ended").isTrue();
    }

    @Test
    @DisplayName("issue 20: a binary file among the months stops the year with the sequential read's input error, naming that file")
    void binaryFile(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("2025-01.dsn"), month(1), StandardCharsets.ISO_8859_1);
        Files.write(dir.resolve("2025-02.dsn"), new byte[] {'S', '1', '0', 0, '\n'});
        Files.writeString(dir.resolve("2025-03.dsn"), month(3), StandardCharsets.ISO_8859_1);
        List<String> sequential = drain(new DsnAdapter().open(InputSource.of(dir), AdapterSettings.NONE.with(DsnAdapter.THREADS, "1")));
        RecordReader parallel = new DsnAdapter().open(InputSource.of(dir), AdapterSettings.NONE.with(DsnAdapter.THREADS, "2"));
        assertThat(parallel).isInstanceOf(ParallelDsnYearReader.class);
        assertThat(drain(parallel)).containsExactlyElementsOf(sequential).singleElement().asString()
                .startsWith(InputException.class.getName()).contains("2025-02.dsn").contains("binary");
        assertThat(((ParallelDsnYearReader) parallel).terminated()).isTrue();
    }

    @Test
    @DisplayName("issue 20: closing a year's reader half-way stops its threads; a year read to the end leaves none running")
    void threadsEnd(@TempDir Path dir) throws IOException {
        for (int m = 1; m <= 6; m++) {
            Files.writeString(dir.resolve(String.format("2025-%02d.dsn", m)), month(m), StandardCharsets.ISO_8859_1);
        }
        ParallelDsnYearReader half = (ParallelDsnYearReader) new DsnAdapter().open(InputSource.of(dir),
                AdapterSettings.NONE.with(DsnAdapter.THREADS, "2"));
        assertThat(half.next()).isPresent();
        half.close();
        assertThat(half.terminated()).isTrue();

        ParallelDsnYearReader whole = (ParallelDsnYearReader) new DsnAdapter().open(InputSource.of(dir),
                AdapterSettings.NONE.with(DsnAdapter.THREADS, "4"));
        assertThat(drain(whole)).hasSize(13).last().isEqualTo("end");
        assertThat(whole.terminated()).isTrue();
    }

    @Test
    @DisplayName("option threads: 1 reads the months one after the other; 0 or text is refused with the option's name")
    void threadsOption(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.dsn"), month(1), StandardCharsets.ISO_8859_1);
        Files.writeString(dir.resolve("b.dsn"), month(2), StandardCharsets.ISO_8859_1);
        try (RecordReader one = new DsnAdapter().open(InputSource.of(dir), AdapterSettings.NONE.with(DsnAdapter.THREADS, "1"))) {
            assertThat(one).isInstanceOf(DsnYearReader.class);
        }
        for (String bad : List.of("0", "-2", "two")) {
            assertThatThrownBy(() -> new DsnAdapter().open(InputSource.of(dir), AdapterSettings.NONE.with(DsnAdapter.THREADS, bad)))
                    .isInstanceOf(ConfigurationException.class).hasMessageContaining("dsn option threads").hasMessageContaining(bad);
        }
    }
}
