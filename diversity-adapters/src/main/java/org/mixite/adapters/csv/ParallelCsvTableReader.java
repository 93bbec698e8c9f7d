package org.mixite.adapters.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apiguardian.api.API;
import org.mixite.core.table.EmployeeTable;
import org.mixite.core.table.TableColumns;
import org.mixite.spi.adapter.AdapterRegistry;
import org.mixite.spi.adapter.AdapterSettings;
import org.mixite.spi.adapter.InputSource;
import org.mixite.spi.adapter.ReadResult;
import org.mixite.spi.load.DatasetLoader;
import org.mixite.spi.load.LoadChecks;
import org.mixite.spi.load.LoadMode;
import org.mixite.spi.load.LoadSummary;
import org.mixite.spi.load.ProgressListener;
import org.mixite.spi.load.RecordSink;
import org.mixite.spi.load.Rejection;
import org.mixite.spi.model.EmployeeRecord;
import org.mixite.spi.model.RecordField;
import org.mixite.spi.validation.Violation;

/**
 * Loads a canonical CSV file into an {@link EmployeeTable} on every core: the file is split into
 * byte ranges at line starts, each range is parsed (Jackson CSV, as {@link CsvAdapter}) and
 * validated (the loader's checks) on a core of its own into a table of its own, and the parts
 * are then joined in file order while the checks that need the rows before — duplicate ids,
 * distinct breakdown values, strict mode, progress — run over them one by one
 * ({@link LoadChecks}, as in {@link DatasetLoader}); when every row is in the parts' tables, the
 * ids are looked up ahead on every core and the distinct values noted from the dictionaries,
 * with the same outcome. The result is the one the loader gives: the
 * same accepted rows in the same order, the same rejections with the same messages, the same
 * summary (property-tested against {@code DatasetLoader.stream}).
 *
 * <pre>{@code
 * TableLoad load = ParallelCsvTableReader.builder().mode(LoadMode.LENIENT).build()
 *         .read(InputSource.of(Path.of("employees.csv")));
 * IndicatorResults results = IndicatorSuite.compute(load.table(), settings);
 * }</pre>
 *
 * <p>Whenever splitting could change the outcome, the file is read by the loader instead, in
 * one piece: an input that is not a file, a file too small to split, and any range that fails —
 * a range that ends inside a quoted field (a field with a line break across a split point), a
 * malformed row, a read error — so errors are reported exactly as the loader reports them.
 * Thread-safe once built.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class ParallelCsvTableReader {

    private static final System.Logger LOG = System.getLogger(ParallelCsvTableReader.class.getName());
    /** Below this many bytes a range is not worth a thread of its own. */
    static final long MIN_PART_BYTES = 1 << 20;
    /** The largest range, so that a range's row count stays far below a table's int capacity. */
    private static final long MAX_PART_BYTES = 1L << 30;
    private static final int BUFFER = 1 << 16;
    /** Lines that are not plain are handed to Jackson in batches of about this many bytes (or all at once when fewer). */
    private static final int FALLBACK_BYTES = 1 << 22;

    private final LoadMode mode;
    private final AdapterSettings settings;
    private final ProgressListener progress;
    private final int parallelism;
    private final long minPartBytes;
    private final Lanes lanes;

    private ParallelCsvTableReader(Builder b) {
        mode = b.mode;
        settings = b.settings;
        progress = b.progress;
        parallelism = b.parallelism;
        minPartBytes = b.minPartBytes;
        lanes = b.lanes;
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Loads one CSV input into a table.
     *
     * @throws org.mixite.spi.InvalidRecordException in strict mode, at the first invalid row
     * @throws org.mixite.spi.InputException         when the input cannot be read
     * @throws org.mixite.spi.ConfigurationException for an unknown option
     */
    public TableLoad read(InputSource input) {
        return readInParts(input).orElseGet(() -> sequential(input));
    }

    /** The load in parts, or empty when the input is to be read by the loader in one piece (see the class comment). */
    Optional<TableLoad> readInParts(InputSource input) {
        Optional<Path> file = input.path();
        if (file.isEmpty() || parallelism < 2 || !Set.of(CsvAdapter.MAPPING, CsvAdapter.DELIMITER).containsAll(settings.values().keySet())) {
            return Optional.empty();
        }
        List<Part> parts;
        String[] warnings;
        try {
            parts = split(file.get());
            if (parts.size() < 2) {
                return Optional.empty();
            }
            warnings = parse(input, file.get(), parts);
        } catch (IOException | RuntimeException e) {
            // Whatever failed is reported as the loader reports it, by the loader.
            LOG.log(System.Logger.Level.DEBUG, () -> "read in one piece: " + e.getClass().getSimpleName());
            return Optional.empty();
        }
        return Optional.of(join(input, parts, List.of(warnings)));
    }

    /** The loader's own path: one reader over the whole input, records fed to a table. */
    private TableLoad sequential(InputSource input) {
        DatasetLoader loader = DatasetLoader.builder().registry(AdapterRegistry.of(new CsvAdapter()))
                .adapter(CsvAdapter.NAME).mode(mode).settings(settings).progress(progress).build();
        EmployeeTable.Builder table = EmployeeTable.builder();
        List<Rejection> rejections = new ArrayList<>();
        LoadSummary summary = loader.stream(input, new RecordSink() {
            @Override
            public void accept(EmployeeRecord record) {
                table.accept(record);
            }

            @Override
            public void reject(Rejection rejection) {
                rejections.add(rejection);
            }
        });
        EmployeeTable built = table.build();
        return new TableLoad(built, rejections, summary, latestHireOrExit(built));
    }

    /** One byte range of the file, and what its parse gave. */
    private static final class Part {
        final long start;
        final long end;
        /** The range's line breaks as Jackson counts them: -1 until counted (while parsed, or by a scan when a later range needs them first). */
        private long lineBreaks = -1;
        /** The lines before the range, once a row of it needed its number while parsed; -1 before. */
        long offset = -1;
        /** The rows that passed every per-row check, in order. */
        EmployeeTable table;
        /** Every row's line, in order; the rows marked in {@link #isEntry} are in {@link #entries}, the others in the table. */
        int rows;
        long[] lines = new long[1024];
        final BitSet isEntry = new BitSet();
        final List<ReadResult> entries = new ArrayList<>();
        final List<List<Violation>> violations = new ArrayList<>();
        /** Lines read straight from their bytes, and lines handed to Jackson (for tests and the log). */
        long plainLines;
        long fallbackLines;
        /**
         * The fingerprints of the table's ids, taken on the parsing thread, when every row of the
         * range is in the table (no entry): the join then looks the ids up ahead, on every core.
         */
        long[] fingerprints;

        Part(long start, long end) {
            this.start = start;
            this.end = end;
        }

        /** The range's line breaks, counted by a scan of its bytes unless already known. */
        synchronized long lineBreaks(Path file) throws IOException {
            if (lineBreaks < 0) {
                lineBreaks = ParallelCsvTableReader.lineBreaks(file, this);
            }
            return lineBreaks;
        }

        /** Records the line breaks counted while parsing; a disagreement with a scan's count fails the read. */
        synchronized void counted(long breaks) throws IOException {
            if (lineBreaks >= 0 && lineBreaks != breaks) {
                throw new IOException("line breaks counted " + breaks + " and " + lineBreaks);
            }
            lineBreaks = breaks;
        }

        /** The range is parsed: its table, and its ids' fingerprints when the table holds every row. */
        void parsed(EmployeeTable parsed) {
            table = parsed;
            if (entries.isEmpty()) {
                TableColumns columns = parsed.columns();
                long[] prints = new long[columns.size()];
                for (int row = 0; row < prints.length; row++) {
                    prints[row] = LoadChecks.idFingerprint(id(columns, row));
                }
                fingerprints = prints;
            }
        }

        void row(long line, boolean entry) {
            if (rows == lines.length) {
                lines = java.util.Arrays.copyOf(lines, rows * 2);
            }
            isEntry.set(rows, entry);
            lines[rows++] = line;
        }
    }

    /** Ranges of about equal size, each ending just after a {@code \n} (the last at the file's end). */
    private List<Part> split(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            int count = (int) Math.min(Math.max(1, size / Math.max(1, minPartBytes)),
                    Math.max(parallelism, (size + MAX_PART_BYTES - 1) / MAX_PART_BYTES));
            List<Part> parts = new ArrayList<>();
            long start = 0;
            ByteBuffer buffer = ByteBuffer.allocate(BUFFER);
            for (int i = 1; i < count && start < size; i++) {
                long target = Math.max(start, size * i / count);
                long end = nextLineStart(channel, target, buffer);
                if (end <= start || end >= size) {
                    continue;
                }
                parts.add(new Part(start, end));
                start = end;
            }
            if (start < size || parts.isEmpty()) {
                parts.add(new Part(start, size));
            }
            return parts;
        }
    }

    /** The position just after the first {@code \n} at or after {@code from}, or the file's size. */
    private static long nextLineStart(FileChannel channel, long from, ByteBuffer buffer) throws IOException {
        long position = from;
        while (true) {
            buffer.clear();
            int n = channel.read(buffer, position);
            if (n <= 0) {
                return channel.size();
            }
            byte[] bytes = buffer.array();
            for (int i = 0; i < n; i++) {
                if (bytes[i] == '\n') {
                    return position + i + 1;
                }
            }
            position += n;
        }
    }

    /** Counts the line breaks of every range, then parses every range, on up to {@link Builder#parallelism} threads. */
    private String[] parse(InputSource input, Path file, List<Part> parts) throws IOException {
        CsvAdapter.Dialect dialect = CsvAdapter.dialect(input, settings);
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(parallelism, parts.size()), task -> {
            Thread thread = new Thread(task, "mixite-csv-part");
            thread.setDaemon(true);
            return thread;
        });
        try {
            // The header is read first, on this thread: every range maps its columns with it.
            Part first = parts.get(0);
            CsvRecordReader header = new CsvRecordReader(input, reader(file, first), dialect.delimiter(), dialect.mapping());
            try {
                header.readHeaderIfNeeded();
            } catch (IOException | RuntimeException e) {
                header.close();
                throw e;
            }
            // Where the first range's rows start: after the header's line, when the header is one line without quotes.
            long[] afterHeader = afterHeader(file, first, header.rowLine());
            if (afterHeader.length > 0) {
                header.close(); // its fields and mapping serve every range's reader; the first range is read from its bytes
            }
            List<Callable<Void>> parsing = new ArrayList<>();
            for (Part part : parts) {
                parsing.add(() -> {
                    if (part != first) {
                        readLines(input, file, parts, part, part.start, 1, header, dialect.delimiter());
                    } else if (afterHeader.length > 0) {
                        part.offset = 0;
                        readLines(input, file, parts, part, afterHeader[0], afterHeader[1], header, dialect.delimiter());
                    } else {
                        part.offset = 0;
                        try (header) {
                            EmployeeTable.Builder table = EmployeeTable.builder();
                            drain(header, part, table, new PlainRows(header.fieldOfColumn(), dialect.delimiter() == ';'));
                            part.parsed(table.build());
                        }
                        part.lineBreaks(file);
                    }
                    return null;
                });
            }
            all(pool, parsing);
            // Each range numbered its rows from its own start: now the lines before it are known.
            long offset = 0;
            for (Part part : parts) {
                if (offset != 0) {
                    for (int i = 0; i < part.rows; i++) {
                        part.lines[i] += offset;
                    }
                }
                offset += part.lineBreaks(file);
            }
            return header.warnings().toArray(String[]::new);
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * The file position just after the header's line and the next line's number, or nothing when
     * the header is not one plain line (a quote or a lone {@code \r} in it): the first range is
     * then read by Jackson from the header on.
     */
    private static long[] afterHeader(Path file, Part first, long headerLine) throws IOException {
        try (RangeLines lines = new RangeLines(file, first.start, first.end)) {
            long line = 1;
            boolean start = true;
            while (lines.next()) {
                byte[] bytes = lines.bytes();
                int from = lines.start();
                if (start && lines.end() - from >= 3 && (bytes[from] & 0xFF) == 0xEF && (bytes[from + 1] & 0xFF) == 0xBB
                        && (bytes[from + 2] & 0xFF) == 0xBF) {
                    from += 3; // the BOM, which the reader skips
                }
                start = false;
                int breaks = RangeLines.breaks(bytes, from, lines.through());
                if (line == headerLine) {
                    for (int i = from; i < lines.end(); i++) {
                        if (bytes[i] == '"' || (bytes[i] == '\r' && !(i == lines.end() - 1 && lines.lineBreak()))) {
                            return new long[0];
                        }
                    }
                    return breaks == 1 ? new long[] {lines.after(), line + 1} : new long[0];
                }
                line += breaks;
                if (line > headerLine) {
                    return new long[0];
                }
            }
            return new long[0];
        }
    }

    /**
     * Parses one range from {@code from}, whose first line is {@code firstLine} counted from the
     * range's start (the rows' lines are made the input's once every range is read): its plain lines
     * straight from their bytes into the range's table ({@link PlainLines}); the others, gathered
     * ({@link FallbackLines}), through Jackson CSV — the common rows into the table
     * ({@link PlainRows}), the rest through the record path, valid ones to the table as records,
     * the others kept with their violations for the ordered checks.
     */
    private static void readLines(InputSource input, Path file, List<Part> parts, Part part, long from, long firstLine,
                                  CsvRecordReader header, char delimiter) throws IOException {
        EmployeeTable.Builder table = EmployeeTable.builder();
        RecordField[] fieldOfColumn = header.fieldOfColumn();
        PlainRows plainRows = new PlainRows(fieldOfColumn, delimiter == ';');
        PlainLines plainLines = new PlainLines(fieldOfColumn, delimiter, plainRows);
        FallbackLines fallback = new FallbackLines(delimiter);
        long line = firstLine;
        boolean estimated = false;
        try (RangeLines lines = new RangeLines(file, from, part.end)) {
            while (lines.next()) {
                byte[] bytes = lines.bytes();
                int start = lines.start();
                int end = lines.end();
                int content = lines.lineBreak() && end > start && bytes[end - 1] == '\r' ? end - 1 : end;
                if (!estimated && lines.after() - from >= (part.end - from) / 8) {
                    // Room for the range's rows, from the rows its first eighth held, plus 3 %: its
                    // columns grow no more and need no copy when built (when the rows are about as
                    // long all through the range; otherwise they grow, or are copied, as before).
                    table.ensureCapacity((int) Math.min(Integer.MAX_VALUE - 16,
                            (long) (part.rows * (double) (part.end - from) / Math.max(1, lines.after() - from) * 1.03)));
                    estimated = true;
                }
                if (!fallback.insideQuotes() && content > start && plainLines.fill(bytes, start, content)) {
                    if (!fallback.isEmpty()) {
                        readFallback(input, file, parts, fallback, header, delimiter, part, table, plainRows);
                    }
                    table.acceptPlain(plainLines.row());
                    part.row(line, false);
                    part.plainLines++;
                    line += lines.lineBreak() ? 1 : 0;
                } else if (content == start && fallback.isEmpty()) {
                    line += lines.lineBreak() ? 1 : 0; // an empty line, which the reader skips
                } else {
                    fallback.add(bytes, start, lines.through(), line);
                    part.fallbackLines++;
                    line += RangeLines.breaks(bytes, start, lines.through());
                    if (!fallback.insideQuotes() && fallback.size() >= FALLBACK_BYTES) {
                        readFallback(input, file, parts, fallback, header, delimiter, part, table, plainRows);
                    }
                }
            }
        }
        if (!fallback.isEmpty()) {
            readFallback(input, file, parts, fallback, header, delimiter, part, table, plainRows);
        }
        part.parsed(table.build());
        part.counted(line - 1);
    }

    /**
     * Reads the gathered lines with Jackson CSV, their rows appended to the range's in order: the
     * first time, the lines before the range are counted (the ranges before it, scanned unless
     * parsed already), so that Jackson's rows and messages carry the input's line numbers.
     */
    private static void readFallback(InputSource input, Path file, List<Part> parts, FallbackLines fallback, CsvRecordReader header,
                                     char delimiter, Part part, EmployeeTable.Builder table, PlainRows plainRows) throws IOException {
        if (part.offset < 0) {
            long offset = 0;
            for (Part before : parts) {
                if (before == part) {
                    break;
                }
                offset += before.lineBreaks(file);
            }
            part.offset = offset;
        }
        try (CsvRecordReader reader = new CsvRecordReader(input, fallback.text(), delimiter, header, part.offset + fallback.firstLine() - 1)) {
            drain(reader, part, table, plainRows);
        }
        fallback.clear();
    }

    /**
     * Reads a reader's rows into the range: the common rows straight into its table
     * ({@link PlainRows}), the others through the record path — valid ones to the table as
     * records, the rest kept with their violations for the ordered checks. The reader's lines are
     * the input's; the range keeps them counted from its start ({@link Part#offset} less).
     */
    private static void drain(CsvRecordReader reader, Part part, EmployeeTable.Builder table, PlainRows plain) throws IOException {
        long offset = part.offset;
        CsvRecordReader.RowHandler columns = (fields, line) -> {
            if (plain.add(fields, table)) {
                part.row(line - offset, false);
                return true;
            }
            return false;
        };
        Optional<ReadResult> next;
        while ((next = reader.next(columns)).isPresent()) {
            ReadResult entry = next.get();
            List<Violation> violations = LoadChecks.beanViolations(entry, CsvAdapter.NAME);
            long line = entry.position().line().orElse(0) - offset;
            if (entry instanceof ReadResult.Parsed parsed && violations.isEmpty()) {
                table.accept(parsed.record());
                part.row(line, false);
            } else {
                part.entries.add(entry);
                part.violations.add(violations);
                part.row(line, true);
            }
        }
    }

    private static void all(ExecutorService pool, List<Callable<Void>> tasks) throws IOException {
        List<Future<Void>> futures;
        try {
            futures = pool.invokeAll(tasks);
            for (Future<Void> future : futures) {
                future.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IOException(e.getCause());
        }
    }

    /** Line breaks as Jackson counts them: {@code \r\n}, {@code \n}, or a lone {@code \r}. */
    private static long lineBreaks(Path file, Part part) throws IOException {
        LineBreaks breaks = new LineBreaks();
        try (InputStream in = range(file, part)) {
            byte[] bytes = new byte[BUFFER * 4];
            int n;
            while ((n = in.read(bytes)) > 0) {
                breaks.count(bytes, n);
            }
        }
        return breaks.total();
    }

    /** The range's text, decoded as {@code TextInput.openUtf8} decodes the whole file (the first range without its BOM). */
    private static Reader reader(Path file, Part part) throws IOException {
        InputStream in = range(file, part);
        if (part.start == 0) {
            in = new java.io.BufferedInputStream(in, BUFFER);
            in.mark(3);
            byte[] bom = in.readNBytes(3);
            boolean hasBom = bom.length == 3 && (bom[0] & 0xFF) == 0xEF && (bom[1] & 0xFF) == 0xBB && (bom[2] & 0xFF) == 0xBF;
            if (!hasBom) {
                in.reset();
            }
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE));
    }

    /** The bytes of one range. */
    private static InputStream range(Path file, Part part) throws IOException {
        FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
        return new InputStream() {
            private long position = part.start;
            private final ByteBuffer one = ByteBuffer.allocate(1);

            @Override
            public int read() throws IOException {
                one.clear();
                return read(one.array(), 0, 1) <= 0 ? -1 : one.array()[0] & 0xFF;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                long left = part.end - position;
                if (left <= 0) {
                    return -1;
                }
                int n = channel.read(ByteBuffer.wrap(b, off, (int) Math.min(len, left)), position);
                if (n > 0) {
                    position += n;
                }
                return n < 0 ? -1 : n;
            }

            @Override
            public void close() throws IOException {
                channel.close();
            }
        };
    }

    /**
     * The loader's ordered checks over the parts' rows, in file order; the accepted rows joined
     * into one table. When every row of every part is in the parts' tables (no entry), the checks
     * are done ahead where they can be: the distinct breakdown values from the tables'
     * dictionaries, the duplicate ids on every core ({@link LoadChecks#firstLinesOfIds}); the
     * rows are then counted, and the duplicates rejected, in file order.
     */
    private TableLoad join(InputSource input, List<Part> parts, List<String> warnings) {
        LoadChecks checks = new LoadChecks(input.name(), CsvAdapter.NAME, mode, progress);
        EmployeeTable.Builder table = EmployeeTable.builder();
        table.ensureCapacity((int) Math.min(Integer.MAX_VALUE - 16, parts.stream().mapToLong(p -> p.table.size()).sum()));
        List<Rejection> rejections = new ArrayList<>();
        boolean ahead = parts.stream().allMatch(p -> p.fingerprints != null) && checks.noteDistinctAhead(breakdownValues(parts));
        int[][] firstLines = ahead ? LoadChecks.firstLinesOfIds(parts.stream().map(p -> p.fingerprints).toList(),
                parts.stream().map(p -> p.lines).toList(), parallelism) : null;
        lanes.seen(parts.stream().mapToLong(p -> p.plainLines).sum(), parts.stream().mapToLong(p -> p.fallbackLines).sum(), ahead);
        for (int k = 0; k < parts.size(); k++) {
            Part part = parts.get(k);
            TableColumns columns = part.table.columns();
            BitSet keep = new BitSet(columns.size());
            int row = 0;
            int entry = 0;
            for (int i = 0; i < part.rows; i++) {
                Optional<Rejection> rejection;
                if (ahead) {
                    rejection = checks.checkValidAhead(id(columns, row), part.lines[i], firstLines[k][row]);
                    if (rejection.isEmpty()) {
                        keep.set(row);
                    }
                    row++;
                } else if (part.isEntry.get(i)) {
                    rejection = checks.check(part.entries.get(entry), part.violations.get(entry));
                    part.entries.set(entry, null); // let the rows go as they are checked
                    entry++;
                } else {
                    rejection = checkValid(checks, columns, row, part.lines[i]);
                    if (rejection.isEmpty()) {
                        keep.set(row);
                    }
                    row++;
                }
                rejection.ifPresent(rejections::add);
                checks.counted();
            }
            table.appendRows(part.table, keep);
            part.table = null;
            part.fingerprints = null;
        }
        progress.progress(input.name(), checks.read());
        LoadSummary summary = checks.summary(warnings);
        // Counts only: logs never carry personal data.
        LOG.log(System.Logger.Level.DEBUG, () -> "loaded in " + parts.size() + " parts " + summary);
        EmployeeTable built = table.build();
        return new TableLoad(built, rejections, summary, latestHireOrExit(built));
    }

    /**
     * Every value the parts' rows hold in each breakdown column: the tables' dictionaries (the
     * values of their plain rows; a plain row has no job family) and the values of rows held as
     * records.
     */
    private static Map<RecordField, List<String>> breakdownValues(List<Part> parts) {
        Map<RecordField, List<String>> values = new EnumMap<>(RecordField.class);
        for (RecordField field : LoadChecks.breakdownColumns()) {
            values.put(field, new ArrayList<>());
        }
        for (Part part : parts) {
            TableColumns columns = part.table.columns();
            values.get(RecordField.COMPANY).addAll(columns.companies());
            values.get(RecordField.ESTABLISHMENT).addAll(columns.establishments());
            values.get(RecordField.CATEGORY).addAll(columns.categories());
            values.get(RecordField.LEVEL).addAll(columns.levels());
            values.get(RecordField.JOB_CODE).addAll(columns.jobCodes());
            for (int row = 0; row < columns.size(); row++) {
                if (!columns.plain(row)) {
                    EmployeeRecord r = columns.record(row);
                    for (RecordField field : LoadChecks.breakdownColumns()) {
                        LoadChecks.breakdownValue(r, field).ifPresent(values.get(field)::add);
                    }
                }
            }
        }
        return values;
    }

    private static String id(TableColumns columns, int row) {
        return columns.plain(row) ? columns.id(row) : columns.record(row).id();
    }

    private static Optional<Rejection> checkValid(LoadChecks checks, TableColumns columns, int row, long line) {
        if (columns.plain(row)) {
            return checks.checkValid(columns.id(row), line, TableColumns.text(columns.companies(), columns.company(row)),
                    TableColumns.text(columns.establishments(), columns.establishment(row)),
                    TableColumns.text(columns.categories(), columns.category(row)),
                    TableColumns.text(columns.levels(), columns.level(row)),
                    TableColumns.text(columns.jobCodes(), columns.jobCode(row)), Optional.empty());
        }
        EmployeeRecord r = columns.record(row);
        return checks.checkValid(r.id(), line, r.company(), r.establishment(), r.category(), r.level(), r.jobCode(), r.jobFamily());
    }

    /** The latest hire or exit date of the table's rows. */
    static Optional<LocalDate> latestHireOrExit(EmployeeTable table) {
        TableColumns columns = table.columns();
        long latest = Long.MIN_VALUE;
        for (int row = 0; row < columns.size(); row++) {
            if (columns.plain(row)) {
                if (columns.hireDay(row) != TableColumns.ABSENT) {
                    latest = Math.max(latest, columns.hireDay(row));
                }
                if (columns.exitDay(row) != TableColumns.ABSENT) {
                    latest = Math.max(latest, columns.exitDay(row));
                }
            } else {
                EmployeeRecord r = columns.record(row);
                if (r.hireDate().isPresent()) {
                    latest = Math.max(latest, r.hireDate().get().toEpochDay());
                }
                if (r.exitDate().isPresent()) {
                    latest = Math.max(latest, r.exitDate().get().toEpochDay());
                }
            }
        }
        return latest == Long.MIN_VALUE ? Optional.empty() : Optional.of(LocalDate.ofEpochDay(latest));
    }

    /** How a load in parts went: lines read from their bytes, lines handed to Jackson, and whether the rows were checked ahead (for tests). */
    @FunctionalInterface
    interface Lanes {
        void seen(long plainLines, long fallbackLines, boolean checkedAhead);
    }

    /** Configures a {@link ParallelCsvTableReader}. */
    public static final class Builder {
        private LoadMode mode = LoadMode.STRICT;
        private AdapterSettings settings = AdapterSettings.NONE;
        private ProgressListener progress = ProgressListener.NONE;
        private int parallelism = Runtime.getRuntime().availableProcessors();
        private long minPartBytes = MIN_PART_BYTES;
        private Lanes lanes = (plain, fallback, ahead) -> { };

        private Builder() {
        }

        /** {@link LoadMode#STRICT} by default, as the loader. */
        public Builder mode(LoadMode value) {
            mode = Objects.requireNonNull(value);
            return this;
        }

        /** The CSV adapter's options ({@link CsvAdapter#MAPPING}, {@link CsvAdapter#DELIMITER}). */
        public Builder settings(AdapterSettings value) {
            settings = Objects.requireNonNull(value);
            return this;
        }

        public Builder progress(ProgressListener value) {
            progress = Objects.requireNonNull(value);
            return this;
        }

        /** Threads to parse on; the number of processors by default; 1 reads as the loader does. */
        public Builder parallelism(int value) {
            if (value < 1) {
                throw new IllegalArgumentException("parallelism must be at least 1, was " + value);
            }
            parallelism = value;
            return this;
        }

        /** The smallest range worth a thread (tests split small files with a small value). */
        Builder minPartBytes(long value) {
            minPartBytes = value;
            return this;
        }

        /** Told, after a load in parts, how it went (for tests). */
        Builder lanes(Lanes value) {
            lanes = value;
            return this;
        }

        public ParallelCsvTableReader build() {
            return new ParallelCsvTableReader(this);
        }
    }
}
