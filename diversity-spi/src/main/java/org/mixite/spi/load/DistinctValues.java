package org.mixite.spi.load;

import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.mixite.spi.InputException;
import org.mixite.spi.model.EmployeeRecord;
import org.mixite.spi.model.RecordField;
import org.mixite.spi.validation.SourcePosition;

/**
 * The limit on distinct values of the breakdown columns (docs/robustness.md): the indicators
 * keep a group per company, establishment, category, level, job code and job family, so a
 * column holding one value per row (ids pasted into the category column, a generated file)
 * would make as many groups as employees. Past {@link #MAX_DISTINCT} distinct values of one
 * column the load stops with an input error naming the column. Values are kept as 64-bit
 * hashes, a few megabytes at the limit whatever their length.
 */
final class DistinctValues {

    /** The most distinct values of one breakdown column in one input: above any real employer's sites or categories. */
    static final int MAX_DISTINCT = 100_000;

    /** The breakdown columns, in the order {@link #add} notes them. */
    static final List<RecordField> BREAKDOWN = List.of(RecordField.COMPANY, RecordField.ESTABLISHMENT, RecordField.CATEGORY,
            RecordField.LEVEL, RecordField.JOB_CODE, RecordField.JOB_FAMILY);
    private static final RecordField[] COLUMNS = BREAKDOWN.toArray(RecordField[]::new);
    /** Slots of the cache of values already noted, per column (a power of two). */
    private static final int RECENT = 64;

    private final Map<RecordField, Set<Long>> seen = new EnumMap<>(RecordField.class);
    /**
     * Per column, values already noted, by their hash code: a row's value is mostly one of a few
     * (and, from a table, the very same string), and then it is neither hashed again nor boxed.
     * Only ever holds values that are in {@link #seen}, so skipping one changes nothing.
     */
    private final String[][] recent = new String[COLUMNS.length][RECENT];

    /** A record's value in a breakdown column. */
    static Optional<String> value(EmployeeRecord r, RecordField column) {
        return switch (column) {
            case COMPANY -> r.company();
            case ESTABLISHMENT -> r.establishment();
            case CATEGORY -> r.category();
            case LEVEL -> r.level();
            case JOB_CODE -> r.jobCode();
            case JOB_FAMILY -> r.jobFamily();
            default -> throw new IllegalArgumentException(column + " is not a breakdown column");
        };
    }

    /** Notes the record's values; throws when one column passes the limit. */
    void add(EmployeeRecord r, SourcePosition at) {
        add(r.company(), r.establishment(), r.category(), r.level(), r.jobCode(), r.jobFamily(), () -> at);
    }

    /** Notes the breakdown values of one accepted row, whether held as a record or in columns; {@code at} is asked for only to throw. */
    void add(Optional<String> company, Optional<String> establishment, Optional<String> category, Optional<String> level,
             Optional<String> jobCode, Optional<String> jobFamily, Supplier<SourcePosition> at) {
        note(0, company, at);
        note(1, establishment, at);
        note(2, category, at);
        note(3, level, at);
        note(4, jobCode, at);
        note(5, jobFamily, at);
    }

    private void note(int column, Optional<String> value, Supplier<SourcePosition> at) {
        if (value.isEmpty()) {
            return;
        }
        String text = value.get();
        String[] noted = recent[column];
        int slot = text.hashCode() & (RECENT - 1);
        String cached = noted[slot];
        if (cached == text || text.equals(cached)) {
            return;
        }
        RecordField field = COLUMNS[column];
        Set<Long> values = seen.computeIfAbsent(field, f -> new HashSet<>());
        if (values.add(hash(text)) && values.size() > MAX_DISTINCT) {
            throw new InputException(at.get(), "has more than " + MAX_DISTINCT + " distinct " + field.columnName()
                    + " values: a breakdown column, not an id (Mixité keeps a group per value)");
        }
        noted[slot] = text;
    }

    /** The distinct values of a column noted so far (tests). */
    int distinct(RecordField field) {
        return seen.getOrDefault(field, Set.of()).size();
    }

    /**
     * Notes, before the rows, every value the rows of a load can hold in each breakdown column,
     * when no column passes the limit with all of them: then no row can pass it, whichever rows
     * are accepted, and the rows need not be noted one by one. Notes nothing and returns false
     * when a column would pass it (the rows are then noted one by one, to say at which row).
     */
    boolean noteAllIfWithinLimit(Map<RecordField, ? extends Collection<String>> valuesByColumn) {
        Map<RecordField, Set<Long>> all = new EnumMap<>(RecordField.class);
        for (Map.Entry<RecordField, ? extends Collection<String>> column : valuesByColumn.entrySet()) {
            if (!BREAKDOWN.contains(column.getKey())) {
                throw new IllegalArgumentException(column.getKey() + " is not a breakdown column");
            }
            Set<Long> values = new HashSet<>(seen.getOrDefault(column.getKey(), Set.of()));
            for (String value : column.getValue()) {
                if (values.add(hash(value)) && values.size() > MAX_DISTINCT) {
                    return false;
                }
            }
            all.put(column.getKey(), values);
        }
        seen.putAll(all);
        return true;
    }

    /** FNV-1a, 64 bits: two different values of a column share a hash with a chance of about 10⁻⁹ at the limit. */
    private static long hash(String text) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < text.length(); i++) {
            h ^= text.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
    }
}
