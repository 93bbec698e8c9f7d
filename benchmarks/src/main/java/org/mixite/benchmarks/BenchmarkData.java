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

    private BenchmarkData() {
    }

    /** Writes the CSV once per size into target/ (reused across runs). */
    static Path csv(int rows) {
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
        return csv.toAbsolutePath();
    }

    /** The CSV's records, loaded and validated once. */
    static List<EmployeeRecord> records(int rows) {
        List<EmployeeRecord> records = new ArrayList<>(rows);
        DatasetLoader.builder().mode(LoadMode.LENIENT).build().stream(InputSource.of(csv(rows)), records::add);
        return List.copyOf(records);
    }
}
