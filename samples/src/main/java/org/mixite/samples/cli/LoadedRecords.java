package org.mixite.samples.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.RandomAccess;
import java.util.function.Function;
import org.mixite.adapters.csv.TableLoad;
import org.mixite.core.table.EmployeeTable;
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
 *
 * <p>The records are held column by column in an {@link EmployeeTable} (primitive arrays and
 * dictionary codes), not as a list of record objects: a million employees take a few hundred
 * megabytes instead of several gigabytes. {@link #records()} is a list view that rebuilds each
 * record when it is read, so code that walks the records keeps working without holding them.
 * The latest hire or exit date (the default period) is found while reading, not by a second
 * pass.
 */
final class LoadedRecords {

    private final EmployeeTable table;
    private final List<EmployeeRecord> records;
    private final List<Rejection> rejections;
    private final List<LoadSummary> summaries;
    private final Optional<LocalDate> latestDate;

    private LoadedRecords(EmployeeTable table, List<Rejection> rejections, List<LoadSummary> summaries,
                          Optional<LocalDate> latestDate) {
        this.table = table;
        this.records = new TableView(table);
        this.rejections = List.copyOf(rejections);
        this.summaries = List.copyOf(summaries);
        this.latestDate = latestDate;
    }

    /** Records already in memory (the demo data), with their rejections and summaries. */
    static LoadedRecords of(List<EmployeeRecord> records, List<Rejection> rejections, List<LoadSummary> summaries) {
        Collector collector = new Collector(true);
        records.forEach(collector::accept);
        return new LoadedRecords(collector.build(), rejections, summaries, collector.latest());
    }

    static LoadedRecords load(InputOptions options, Terminal terminal) {
        return load(options, terminal, true);
    }

    /** @param keepRecords false to count and check only, without holding the records (validate) */
    static LoadedRecords load(InputOptions options, Terminal terminal, boolean keepRecords) {
        ProgressListener progress = Progress.forTerminal(terminal);
        DatasetLoader loader = options.loaderBuilder().progress(progress).build();
        try (AutoCloseable bars = progress instanceof Progress p ? p : () -> { }) {
            // Records kept: a CSV file is parsed on every core straight into the table (issue 20, item 2).
            Function<InputSource, Optional<TableLoad>> parallel = keepRecords
                    ? ParallelCsv.reader(options, progress) : input -> Optional.empty();
            return load(loader, parallel, options.sources(), keepRecords, terminal::warn);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Loads the sources one after the other with the loader; the loads' warnings go to {@code warn}. */
    static LoadedRecords load(DatasetLoader loader, List<InputSource> sources, boolean keepRecords,
                              java.util.function.Consumer<String> warn) {
        return load(loader, input -> Optional.empty(), sources, keepRecords, warn);
    }

    /**
     * Loads the sources one after the other: each with {@code parallel} when it reads it (a CSV
     * file, into a table), else with the loader; the loads' warnings go to {@code warn}.
     */
    private static LoadedRecords load(DatasetLoader loader, Function<InputSource, Optional<TableLoad>> parallel,
                                      List<InputSource> sources, boolean keepRecords, java.util.function.Consumer<String> warn) {
        Collector collector = new Collector(keepRecords);
        List<Rejection> rejections = new ArrayList<>();
        List<LoadSummary> summaries = new ArrayList<>();
        {
            for (InputSource input : sources) {
                Optional<TableLoad> read = parallel.apply(input);
                if (read.isPresent()) {
                    collector.append(read.get());
                    rejections.addAll(read.get().rejections());
                    summaries.add(read.get().summary());
                    read.get().summary().warnings().forEach(warn);
                    continue;
                }
                LoadSummary summary = loader.stream(input, new RecordSink() {
                    @Override
                    public void accept(EmployeeRecord record) {
                        collector.accept(record);
                    }

                    @Override
                    public void reject(Rejection rejection) {
                        rejections.add(rejection);
                    }
                });
                summaries.add(summary);
                summary.warnings().forEach(warn);
            }
        }
        return new LoadedRecords(collector.build(), rejections, summaries, collector.latest());
    }

    /** The accepted records, in input order: a view over {@link #table()} that rebuilds each record when read. */
    List<EmployeeRecord> records() {
        return records;
    }

    /** The accepted records, column by column. */
    EmployeeTable table() {
        return table;
    }

    List<Rejection> rejections() {
        return rejections;
    }

    List<LoadSummary> summaries() {
        return summaries;
    }

    /** The latest hire or exit date of the accepted records, if any has one. */
    Optional<LocalDate> latestDate() {
        return latestDate;
    }

    /** Writes the rejects report (header only when nothing was rejected). */
    void writeRejects(Path file) throws java.io.IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            java.nio.file.Files.createDirectories(parent);
        }
        try (java.io.Writer out = java.nio.file.Files.newBufferedWriter(file)) {
            writeRejects(out);
        }
    }

    /** Writes the rejects report to a writer, and closes it. */
    void writeRejects(java.io.Writer out) throws java.io.IOException {
        try (org.mixite.adapters.csv.RejectsCsvWriter writer = new org.mixite.adapters.csv.RejectsCsvWriter(out)) {
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
        report(terminal, summaries);
    }

    /** Each input's load summary, then the total when there are several: the same lines held or streamed. */
    static void report(Terminal terminal, List<LoadSummary> summaries) {
        for (LoadSummary summary : summaries) {
            terminal.info(summary.toString());
        }
        if (summaries.size() > 1) {
            LoadSummary total = LoadSummary.combine(summaries);
            terminal.info("total: " + total.read() + " read, " + total.accepted() + " accepted, " + total.rejected() + " rejected");
        }
    }

    /** Feeds the table (unless only counting) and keeps the latest hire or exit date. */
    private static final class Collector {
        private final EmployeeTable.Builder table = EmployeeTable.builder();
        private final boolean keep;
        private LocalDate latest;
        /** A load read into a table of its own, while it is all that was collected. */
        private EmployeeTable loaded;
        private long rows;

        Collector(boolean keep) {
            this.keep = keep;
        }

        void accept(EmployeeRecord record) {
            if (keep) {
                flush();
                table.accept(record);
                rows++;
            }
            record.hireDate().ifPresent(this::see);
            record.exitDate().ifPresent(this::see);
        }

        /** A whole load already in columns, its rows after those collected so far. */
        void append(TableLoad load) {
            if (keep) {
                if (rows == 0 && loaded == null) {
                    loaded = load.table(); // the only load so far: kept as it is, not copied
                } else {
                    flush();
                    appendAll(load.table());
                }
                rows += load.table().size();
            }
            load.latestHireOrExit().ifPresent(this::see);
        }

        /** The rows collected, in order. */
        EmployeeTable build() {
            if (loaded != null && rows == loaded.size()) {
                return loaded;
            }
            flush();
            return table.build();
        }

        /** Moves a load kept as it is into the builder, before anything is added after it. */
        private void flush() {
            if (loaded != null) {
                appendAll(loaded);
                loaded = null;
            }
        }

        private void appendAll(EmployeeTable part) {
            java.util.BitSet all = new java.util.BitSet(part.size());
            all.set(0, part.size());
            table.appendRows(part, all);
        }

        private void see(LocalDate date) {
            if (latest == null || date.isAfter(latest)) {
                latest = date;
            }
        }

        Optional<LocalDate> latest() {
            return Optional.ofNullable(latest);
        }
    }

    /** A read-only list of the table's rows, each record rebuilt when read (nothing is cached). */
    private static final class TableView extends AbstractList<EmployeeRecord> implements RandomAccess {
        private final EmployeeTable table;

        TableView(EmployeeTable table) {
            this.table = table;
        }

        @Override
        public EmployeeRecord get(int index) {
            return table.record(index);
        }

        @Override
        public int size() {
            return table.size();
        }
    }
}
