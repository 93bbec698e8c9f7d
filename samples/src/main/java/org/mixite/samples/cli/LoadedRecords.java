package org.mixite.samples.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.mixite.spi.adapter.InputSource;
import org.mixite.spi.load.DatasetLoader;
import org.mixite.spi.load.LoadSummary;
import org.mixite.spi.load.ProgressListener;
import org.mixite.spi.load.RecordSink;
import org.mixite.spi.load.Rejection;
import org.mixite.spi.model.EmployeeRecord;

/**
 * The records of a command's inputs, loaded through the adapters, with every rejection and a
 * summary per input. The one place where the CLI loads data, so every command reports loads
 * the same way.
 */
record LoadedRecords(List<EmployeeRecord> records, List<Rejection> rejections, List<LoadSummary> summaries) {

    static LoadedRecords load(InputOptions options, Terminal terminal) {
        return load(options, terminal, true);
    }

    /** @param keepRecords false to count and check only, without holding the records (validate) */
    static LoadedRecords load(InputOptions options, Terminal terminal, boolean keepRecords) {
        ProgressListener progress = Progress.forTerminal(terminal);
        DatasetLoader loader = options.loaderBuilder().progress(progress).build();
        List<EmployeeRecord> records = new ArrayList<>();
        List<Rejection> rejections = new ArrayList<>();
        List<LoadSummary> summaries = new ArrayList<>();
        try (AutoCloseable bars = progress instanceof Progress p ? p : () -> { }) {
            loadAll(options, terminal, loader, keepRecords ? records : null, rejections, summaries);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return new LoadedRecords(List.copyOf(records), List.copyOf(rejections), List.copyOf(summaries));
    }

    private static void loadAll(InputOptions options, Terminal terminal, DatasetLoader loader,
                                List<EmployeeRecord> records, List<Rejection> rejections, List<LoadSummary> summaries) {
        for (InputSource input : options.sources()) {
            LoadSummary summary = loader.stream(input, new RecordSink() {
                @Override
                public void accept(EmployeeRecord record) {
                    if (records != null) {
                        records.add(record);
                    }
                }

                @Override
                public void reject(Rejection rejection) {
                    rejections.add(rejection);
                }
            });
            summaries.add(summary);
            summary.warnings().forEach(terminal::warn);
        }
    }

    /** Writes the rejects report (header only when nothing was rejected). */
    void writeRejects(Path file) throws java.io.IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            java.nio.file.Files.createDirectories(parent);
        }
        try (java.io.Writer out = java.nio.file.Files.newBufferedWriter(file);
             org.mixite.adapters.csv.RejectsCsvWriter writer = new org.mixite.adapters.csv.RejectsCsvWriter(out)) {
            for (Rejection rejection : rejections) {
                writer.write(rejection);
            }
        }
    }

    LoadSummary summary() {
        return LoadSummary.combine(summaries);
    }

    /** {@link ExitCodes#DATA_REJECTED} when anything was rejected, else OK. */
    int exitCode() {
        return rejections.isEmpty() ? ExitCodes.OK : ExitCodes.DATA_REJECTED;
    }

    /** Prints the load summary, and the rejections unless there are many and not --verbose. */
    void report(Terminal terminal) {
        for (LoadSummary summary : summaries) {
            terminal.info(summary.toString());
        }
        if (summaries.size() > 1) {
            terminal.info("total: " + summary().read() + " read, " + summary().accepted() + " accepted, "
                    + summary().rejected() + " rejected");
        }
    }
}
