package org.mixite.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.mixite.spi.adapter.InputSource;
import org.mixite.spi.load.DatasetLoader;
import org.mixite.spi.load.LoadMode;
import org.mixite.spi.load.LoadSummary;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Issue 9 (e): twelve monthly DSN files of {@code employees} people each, read as one year
 * (the DSN adapter's directory mode: parse, validate, combine the months per person). The files
 * are built from the shared sample's individuals, renumbered (NIR and matricule) and redated.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g", "--enable-native-access=ALL-UNNAMED"})
public class DsnParseBenchmark {

    @Param({"10000"})
    public int employees;

    private Path year;

    @Setup(Level.Trial)
    public void write() throws IOException {
        year = Files.createTempDirectory("mixite-dsn-bench");
        List<String> sample;
        try (InputStream in = DsnParseBenchmark.class.getResourceAsStream("/example-2025-12.dsn")) {
            if (in == null) {
                throw new IllegalStateException("example-2025-12.dsn is not on the benchmark's class path");
            }
            sample = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1).lines().toList();
        }
        // Header: up to the first individual; templates: the first establishment's individuals.
        int first = indexOf(sample, "S21.G00.30.001,", 0);
        int secondEstablishment = indexOf(sample, "S20.G00.05.001,", first);
        List<List<String>> templates = new ArrayList<>();
        for (int at = first; at >= 0 && at < secondEstablishment; ) {
            int next = indexOf(sample, "S21.G00.30.001,", at + 1);
            int end = next < 0 || next > secondEstablishment ? secondEstablishment : next;
            templates.add(sample.subList(at, end));
            at = end == secondEstablishment ? -1 : end;
        }
        for (int month = 1; month <= 12; month++) {
            StringBuilder file = new StringBuilder(employees * 1500);
            int lines = 0;
            for (String line : sample.subList(0, first)) {
                file.append(line.startsWith("S20.G00.05.005,") ? String.format("S20.G00.05.005,'01%02d2025'", month) : line)
                        .append('\n');
                lines++;
            }
            for (int e = 0; e < employees; e++) {
                for (String line : templates.get(e % templates.size())) {
                    if (line.startsWith("S21.G00.30.001,'")) {
                        line = line.substring(0, 16 + 7) + String.format("%06d'", e);
                    } else if (line.startsWith("S21.G00.30.019,")) {
                        line = String.format("S21.G00.30.019,'B%06d'", e);
                    }
                    file.append(line).append('\n');
                    lines++;
                }
            }
            file.append("S90.G00.90.001,'").append(lines + 2).append("'\nS90.G00.90.002,'1'\n");
            Files.writeString(year.resolve(String.format("2025-%02d.dsn", month)), file, StandardCharsets.ISO_8859_1);
        }
    }

    private static int indexOf(List<String> lines, String prefix, int from) {
        for (int i = from; i < lines.size(); i++) {
            if (lines.get(i).startsWith(prefix)) {
                return i;
            }
        }
        return -1;
    }

    @Benchmark
    public LoadSummary parseYear() {
        long[] count = new long[1];
        LoadSummary summary = DatasetLoader.builder().mode(LoadMode.LENIENT).build()
                .stream(InputSource.of(year), r -> count[0]++);
        if (count[0] != employees) {
            throw new IllegalStateException("expected " + employees + " annual records, got " + count[0] + ": " + summary);
        }
        return summary;
    }

    @TearDown(Level.Trial)
    public void delete() {
        try (var files = Files.list(year)) {
            for (Path f : files.toList()) {
                Files.delete(f);
            }
            Files.delete(year);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
