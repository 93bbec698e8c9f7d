package org.mixite.spi.load;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.mixite.spi.AdapterException;
import org.mixite.spi.InvalidRecordException;
import org.mixite.spi.adapter.ReadResult;
import org.mixite.spi.model.EmployeeRecord;
import org.mixite.spi.model.RecordField;
import org.mixite.spi.validation.RecordValidator;
import org.mixite.spi.validation.SourcePosition;
import org.mixite.spi.validation.Violation;

/**
 * The checks of one load that depend on the entries before: duplicate ids, the limit on
 * distinct breakdown values, the counts of the summary, strict mode and progress. They must see
 * the entries one by one in input order; the per-entry work (parsing, Bean Validation) does not,
 * and may run on any thread beforehand. {@link DatasetLoader} runs every load through this
 * class; a reader that parses an input in parallel parts (the CSV adapter's
 * {@code ParallelCsvTableReader}) feeds it the parts' entries in input order afterwards, so
 * both give the same rejections, messages and summary.
 *
 * <p>Not thread-safe: one instance per load, called from one thread.
 */
@API(status = API.Status.INTERNAL)
public final class LoadChecks {

    private final String source;
    private final String adapter;
    private final LoadMode mode;
    private final ProgressListener progress;
    private final IdRegistry ids = new IdRegistry();
    private final DistinctValues distinct = new DistinctValues();
    /** Whether {@link #noteDistinctAhead} noted every row's breakdown values. */
    private boolean distinctAhead;
    private long read;
    private long accepted;
    private long rejected;

    /**
     * @param source   the input's name
     * @param adapter  the adapter that reads it
     * @param mode     strict mode throws at the first rejection
     * @param progress told every {@link DatasetLoader#PROGRESS_STEP} entries
     */
    public LoadChecks(String source, String adapter, LoadMode mode, ProgressListener progress) {
        this.source = Objects.requireNonNull(source, "source");
        this.adapter = Objects.requireNonNull(adapter, "adapter");
        this.mode = Objects.requireNonNull(mode, "mode");
        this.progress = Objects.requireNonNull(progress, "progress");
    }

    /**
     * The Bean Validation violations of a parsed entry (none for a malformed one): the
     * per-entry part of the checks, thread-safe, with the loader's shared validator.
     *
     * @throws AdapterException when a parsed entry has no record
     */
    public static List<Violation> beanViolations(ReadResult entry, String adapter) {
        if (!(entry instanceof ReadResult.Parsed parsed)) {
            return List.of();
        }
        if (parsed.record() == null) {
            throw new AdapterException(adapter, "returned an entry without a record at " + parsed.position());
        }
        return SharedValidator.INSTANCE.validate(parsed.record(), parsed.position(),
                field -> Optional.ofNullable(parsed.columns().get(field)));
    }

    /**
     * The next entry, with its {@link #beanViolations}: its rejection, or empty when it is a
     * valid, new record (then counted as accepted). Call {@link #counted()} once it is passed on.
     *
     * @throws InvalidRecordException in strict mode, for a rejection
     */
    public Optional<Rejection> check(ReadResult entry, List<Violation> beanViolations) {
        read++;
        Rejection rejection = rejection(entry, beanViolations);
        if (rejection == null) {
            EmployeeRecord r = ((ReadResult.Parsed) entry).record();
            distinct.add(r.company(), r.establishment(), r.category(), r.level(), r.jobCode(), r.jobFamily(), entry::position);
            accepted++;
            return Optional.empty();
        }
        return Optional.of(reject(rejection));
    }

    /**
     * The next entry, a row already found valid against every constraint of the record (as
     * {@link #beanViolations} would say) and held elsewhere, e.g. in columns: its rejection when
     * its id was seen before, else empty (counted as accepted). Call {@link #counted()} next.
     *
     * @param line the row's line, its position being {@code source:line}
     */
    public Optional<Rejection> checkValid(String id, long line, Optional<String> company, Optional<String> establishment,
                                          Optional<String> category, Optional<String> level, Optional<String> jobCode,
                                          Optional<String> jobFamily) {
        read++;
        long firstLine = ids.firstLineIfSeen(id, line);
        if (firstLine >= 0) {
            return Optional.of(duplicateRow(id, line, firstLine));
        }
        distinct.add(company, establishment, category, level, jobCode, jobFamily, () -> SourcePosition.of(source, line));
        accepted++;
        return Optional.empty();
    }

    /**
     * For a load whose rows are all at hand before they are checked (a file read in parallel
     * parts, held in columns): notes at once every value the rows hold in each
     * {@link #breakdownColumns() breakdown column} (e.g. the columns' dictionaries), when no column passes the limit on
     * distinct values with all of them. Then no row can pass it, and the rows are checked with
     * {@link #checkValidAhead}, which notes nothing. Returns false, noting nothing, when a column
     * would pass the limit: the rows are then checked with {@link #checkValid}, which says at
     * which row it is passed.
     *
     * @throws IllegalArgumentException for a column that is not a breakdown column
     */
    public boolean noteDistinctAhead(Map<RecordField, ? extends Collection<String>> valuesByColumn) {
        distinctAhead = distinct.noteAllIfWithinLimit(valuesByColumn);
        return distinctAhead;
    }

    /** The breakdown columns, whose distinct values are limited (docs/robustness.md). */
    public static List<RecordField> breakdownColumns() {
        return DistinctValues.BREAKDOWN;
    }

    /**
     * A record's value in a breakdown column, as the limit notes it.
     *
     * @throws IllegalArgumentException for a column that is not a breakdown column
     */
    public static Optional<String> breakdownValue(EmployeeRecord record, RecordField column) {
        return DistinctValues.value(record, column);
    }

    /** The fingerprint of an id, for {@link #firstLinesOfIds}: computed where the id is at hand, e.g. on the threads that parse. */
    public static long idFingerprint(String id) {
        return IdRegistry.fingerprint(id);
    }

    /**
     * For a load whose rows are all at hand before they are checked, in parts: per part and row,
     * in input order across the parts, the line the row's id was first seen at (0 when unknown)
     * when a row before it had the id, else -1 — what {@link #checkValid} finds row by row, found
     * here on {@code threads} threads (the ids split by fingerprint, each share looked up in
     * input order on a thread of its own). For {@link #checkValidAhead}.
     *
     * @param fingerprints per part, its rows' {@link #idFingerprint}s
     * @param lines        per part, its rows' lines (at least as many as rows)
     */
    public static int[][] firstLinesOfIds(List<long[]> fingerprints, List<long[]> lines, int threads) {
        return IdsAhead.firstLines(fingerprints, lines, threads);
    }

    /**
     * The next row of a load checked ahead: a row found valid against every constraint of the
     * record (as {@link #checkValid}), after {@link #noteDistinctAhead} returned true, with its
     * answer from {@link #firstLinesOfIds}. Its rejection when its id was seen before, else empty
     * (counted as accepted). Call {@link #counted()} next.
     *
     * @param firstLineOfId the row's {@link #firstLinesOfIds} answer
     * @throws IllegalStateException unless the distinct values were noted ahead
     * @throws InvalidRecordException in strict mode, for a duplicate id
     */
    public Optional<Rejection> checkValidAhead(String id, long line, int firstLineOfId) {
        if (!distinctAhead) {
            throw new IllegalStateException("the distinct values were not noted ahead of the rows");
        }
        read++;
        if (firstLineOfId >= 0) {
            return Optional.of(duplicateRow(id, line, firstLineOfId));
        }
        accepted++;
        return Optional.empty();
    }

    /** After an entry was passed on: tells the progress listener every {@link DatasetLoader#PROGRESS_STEP} entries. */
    public void counted() {
        if (read % DatasetLoader.PROGRESS_STEP == 0) {
            progress.progress(source, read);
        }
    }

    /** The summary so far, with the adapter's warnings. */
    public LoadSummary summary(List<String> warnings) {
        return new LoadSummary(source, adapter, read, accepted, rejected, warnings);
    }

    /** Entries seen so far. */
    public long read() {
        return read;
    }

    private Rejection duplicateRow(String id, long line, long firstLine) {
        SourcePosition at = SourcePosition.of(source, line);
        return reject(new Rejection(at, adapter, Optional.of(id).filter(s -> !s.isBlank()), List.of(duplicate(at, id, firstLine))));
    }

    private Rejection reject(Rejection rejection) {
        if (mode == LoadMode.STRICT) {
            throw new InvalidRecordException(rejection.position(), rejection.violations());
        }
        rejected++;
        return rejection;
    }

    /** Returns the rejection for an entry, or null when it is a valid, new record. */
    private Rejection rejection(ReadResult entry, List<Violation> beanViolations) {
        if (entry instanceof ReadResult.Malformed malformed) {
            // An id seen before is said now, not after the row is corrected. The id is not recorded:
            // an entry that is no record must not make a later record a duplicate (a DSN year emits
            // a person's broken month before the annual record built from the other months).
            List<Violation> violations = malformed.violations();
            if (malformed.id().filter(id -> !id.isBlank()).isPresent()) {
                long firstLine = ids.lineIfSeen(malformed.id().get());
                if (firstLine >= 0) {
                    violations = new ArrayList<>(violations);
                    violations.add(duplicate(malformed.position(), malformed.id().get(), firstLine));
                }
            }
            return new Rejection(malformed.position(), adapter, malformed.id(), violations);
        }
        ReadResult.Parsed parsed = (ReadResult.Parsed) entry;
        EmployeeRecord record = parsed.record();
        List<Violation> violations = new ArrayList<>(beanViolations);
        long firstLine = ids.firstLineIfSeen(record.id(), parsed.position().line().orElse(0));
        if (firstLine >= 0) {
            violations.add(duplicate(parsed.position(), record.id(), firstLine));
        }
        if (violations.isEmpty()) {
            return null;
        }
        return new Rejection(parsed.position(), adapter, Optional.of(record.id()).filter(s -> !s.isBlank()), violations);
    }

    private static Violation duplicate(SourcePosition at, String id, long firstLine) {
        return new Violation(at, "id", "duplicate id '" + id + "'" + (firstLine > 0 ? " (first seen at line " + firstLine + ")" : ""));
    }

    /** One validator for every load: building a Hibernate Validator factory is costly. */
    private static final class SharedValidator {
        static final RecordValidator INSTANCE = new RecordValidator();
    }
}
