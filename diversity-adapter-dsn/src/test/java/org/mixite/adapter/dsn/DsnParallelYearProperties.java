package org.mixite.adapter.dsn;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import org.mixite.spi.adapter.AdapterRegistry;
import org.mixite.spi.adapter.AdapterSettings;
import org.mixite.spi.adapter.InputSource;
import org.mixite.spi.adapter.ReadResult;
import org.mixite.spi.adapter.RecordReader;
import org.mixite.spi.load.DatasetLoader;
import org.mixite.spi.load.LoadMode;
import org.mixite.spi.load.LoadResult;

/**
 * Issue 20, item 2: the monthly files of a year read one per core give exactly what reading them
 * one after the other gives — the same entries in the same order (problems with their messages
 * and lines, then the annual records), the same warnings, the same error at the same point, the
 * same load result and progress — on generated years: months repeated, replacement (03) and
 * cancellation (04, 05) declarations, and files mutated as in {@link DsnFuzzProperties} (values
 * broken, blocks moved, lines cut, bad bytes, a line over the limit, a binary file).
 */
class DsnParallelYearProperties {

    private static final String SAMPLE = sample();

    private static String sample() {
        try (InputStream in = DsnParallelYearProperties.class.getResourceAsStream("/example-2025-12.dsn")) {
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One monthly file: its declared month and type, M001's base pay, edits, line end; or a binary file. */
    record MonthFile(int month, String type, int pay, List<DsnFuzzProperties.Mutation> mutations, String end, boolean binary) {

        byte[] bytes() {
            if (binary) {
                return new byte[] {'S', '1', '0', 0, 0, '\n'};
            }
            String text = SAMPLE.replace("S20.G00.05.005,'01122025'", String.format("S20.G00.05.005,'01%02d2025'", month))
                    .replace("S20.G00.05.002,'01'", "S20.G00.05.002,'" + type + "'")
                    .replace("S21.G00.51.013,'4200.00'", "S21.G00.51.013,'" + pay + ".00'");
            List<byte[]> lines = new ArrayList<>();
            for (String line : text.split("\r?\n")) {
                lines.add(line.getBytes(StandardCharsets.ISO_8859_1));
            }
            mutations.forEach(m -> m.apply(lines));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            for (byte[] line : lines) {
                out.writeBytes(line);
                out.writeBytes(end.getBytes(StandardCharsets.ISO_8859_1));
            }
            return out.toByteArray();
        }
    }

    @Provide
    Arbitrary<List<MonthFile>> years() {
        Arbitrary<MonthFile> file = Combinators.combine(Arbitraries.integers().between(1, 12),
                Arbitraries.frequency(Tuple.of(8, "01"), Tuple.of(1, "02"), Tuple.of(3, "03"), Tuple.of(1, "04"), Tuple.of(1, "05")),
                Arbitraries.integers().between(3000, 5000),
                new DsnFuzzProperties().mutation().list().ofMaxSize(3).injectDuplicates(0.1),
                Arbitraries.of("\n", "\r\n", "\r"),
                Arbitraries.frequency(Tuple.of(40, false), Tuple.of(1, true)))
                .as(MonthFile::new);
        Arbitrary<MonthFile> clean = Combinators.combine(Arbitraries.integers().between(1, 12),
                Arbitraries.frequency(Tuple.of(8, "01"), Tuple.of(2, "03"), Tuple.of(1, "04")),
                Arbitraries.integers().between(3000, 5000))
                .as((month, type, pay) -> new MonthFile(month, type, pay, List.of(), "\n", false));
        // Most files unedited, so that months combine into annual records; the others edited.
        return Arbitraries.frequencyOf(Tuple.of(2, clean), Tuple.of(1, file)).list().ofMinSize(1).ofMaxSize(8);
    }

    /** What a reader gave: its entries in order, its warnings, and the error that stopped it (class and message). */
    record Outcome(List<ReadResult> entries, List<String> warnings, Optional<String> failure) {
    }

    private static Outcome drain(RecordReader reader) {
        List<ReadResult> entries = new ArrayList<>();
        Optional<String> failure = Optional.empty();
        try (reader) {
            Optional<ReadResult> next;
            while ((next = reader.next()).isPresent()) {
                entries.add(next.get());
            }
        } catch (Exception e) {
            failure = Optional.of(e.getClass().getName() + ": " + e.getMessage());
        }
        return new Outcome(entries, reader.warnings(), failure);
    }

    private static Outcome readYear(Path dir, int threads, boolean parallel) throws IOException {
        RecordReader reader = new DsnAdapter().open(InputSource.of(dir),
                AdapterSettings.NONE.with(DsnAdapter.THREADS, Integer.toString(threads)));
        // The comparison would prove nothing if both sides were the same reader.
        assertThat(reader).isInstanceOf(parallel ? ParallelDsnYearReader.class : DsnYearReader.class);
        return drain(reader);
    }

    /** A load through the loader, with its progress calls; or the error it ended with. */
    private static List<Object> load(Path dir, int threads, LoadMode mode) {
        List<String> progress = new ArrayList<>();
        try {
            LoadResult result = DatasetLoader.builder().mode(mode).registry(AdapterRegistry.of(new DsnAdapter()))
                    .settings(AdapterSettings.NONE.with(DsnAdapter.THREADS, Integer.toString(threads)))
                    .progress((source, read) -> progress.add(source + "=" + read)).build().load(InputSource.of(dir));
            return List.of(result, progress);
        } catch (RuntimeException e) {
            return List.of(e.getClass().getName() + ": " + e.getMessage(), progress);
        }
    }

    private static Path write(List<MonthFile> year) throws IOException {
        Path dir = Files.createTempDirectory("mixite-dsn-year");
        for (int i = 0; i < year.size(); i++) {
            Files.write(dir.resolve(String.format("%02d.dsn", i)), year.get(i).bytes());
        }
        return dir;
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    @Property(tries = 300)
    @Label("issue 20: a year's monthly files read in parallel give the sequential read's entries, order, warnings and error")
    void parallelReadIsTheSequentialRead(@ForAll("years") List<MonthFile> year, @ForAll @IntRange(min = 2, max = 4) int threads)
            throws IOException {
        Path dir = write(year);
        try {
            Outcome sequential = readYear(dir, 1, false);
            Outcome parallel = readYear(dir, threads, year.size() > 1);
            assertThat(parallel.failure()).isEqualTo(sequential.failure());
            assertThat(parallel.entries()).containsExactlyElementsOf(sequential.entries());
            assertThat(parallel.warnings()).containsExactlyElementsOf(sequential.warnings());
        } finally {
            delete(dir);
        }
    }

    @Property(tries = 100)
    @Label("issue 20: through the loader, lenient or strict, the parallel read gives the same records, rejections, summary and progress")
    void parallelLoadIsTheSequentialLoad(@ForAll("years") List<MonthFile> year, @ForAll @IntRange(min = 2, max = 4) int threads,
                                         @ForAll LoadMode mode) throws IOException {
        Path dir = write(year);
        try {
            assertThat(load(dir, threads, mode)).isEqualTo(load(dir, 1, mode));
        } finally {
            delete(dir);
        }
    }
}
