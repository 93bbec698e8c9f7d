package org.mixite.samples.cli;

import java.util.Optional;
import java.util.function.Function;
import org.mixite.adapters.csv.CsvAdapter;
import org.mixite.adapters.csv.ParallelCsvTableReader;
import org.mixite.adapters.csv.TableLoad;
import org.mixite.spi.adapter.AdapterRegistry;
import org.mixite.spi.adapter.InputSource;
import org.mixite.spi.load.ProgressListener;

/**
 * The CLI's choice of {@link ParallelCsvTableReader} for a command's inputs: the files the CSV
 * adapter would read (by {@code --adapter csv}, or by probing as the loader does) are read on
 * every core into a table; any other input, or one whose adapter cannot be chosen here, is left
 * to the loader, which reports its errors as before.
 */
final class ParallelCsv {

    private ParallelCsv() {
    }

    static Function<InputSource, Optional<TableLoad>> reader(InputOptions options, ProgressListener progress) {
        ParallelCsvTableReader reader = ParallelCsvTableReader.builder()
                .mode(options.mode()).settings(options.settings()).progress(progress).build();
        AdapterRegistry registry = AdapterRegistry.discover();
        return input -> isCsvFile(registry, input, Optional.ofNullable(options.adapter)) ? Optional.of(reader.read(input)) : Optional.empty();
    }

    private static boolean isCsvFile(AdapterRegistry registry, InputSource input, Optional<String> adapter) {
        if (input.path().isEmpty()) {
            return false;
        }
        try {
            return registry.select(input, adapter).name().equals(CsvAdapter.NAME);
        } catch (RuntimeException e) {
            return false; // no adapter, or an unreadable file: the loader says so
        }
    }
}
