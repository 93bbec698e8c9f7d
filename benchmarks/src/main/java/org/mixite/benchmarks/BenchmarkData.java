package org.mixite.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.mixite.adapters.csv.CanonicalCsvWriter;
import org.mixite.spi.adapter.InputSource;
import org.mixite.spi.load.DatasetLoader;
import org.mixite.spi.load.LoadMode;
import org.mixite.spi.model.EmployeeRecord;

/** The benchmark input: N generated employees, as a canonical CSV file and as records in memory. */
final class BenchmarkData {

    final Path csv;
    final List<EmployeeRecord> records;

    private BenchmarkData(Path csv, List<EmployeeRecord> records) {
        this.csv = csv;
        this.records = records;
    }

    /** Writes the CSV once per size into target/ (reused across runs) and loads it. */
    static BenchmarkData of(int rows) {
        Path csv = Path.of("target", "bench-" + rows + ".csv");
        try {
            if (!Files.exists(csv)) {
                Files.createDirectories(csv.getParent());
                Path tmp = Files.createTempFile(csv.getParent(), "bench", ".csv");
                try (Writer out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8);
                     CanonicalCsvWriter writer = new CanonicalCsvWriter(out)) {
                    Employees.generate(rows, 42L).forEach(r -> {
                        try {
                            writer.write(r);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    });
                }
                Files.move(tmp, csv);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<EmployeeRecord> records = new ArrayList<>(rows);
        DatasetLoader.builder().mode(LoadMode.LENIENT).build().stream(InputSource.of(csv), records::add);
        return new BenchmarkData(csv.toAbsolutePath(), List.copyOf(records));
    }
}
