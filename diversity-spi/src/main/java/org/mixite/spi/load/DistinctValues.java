package org.mixite.spi.load;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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

    private final Map<RecordField, Set<Long>> seen = new EnumMap<>(RecordField.class);
    /** The previous row's value per column: rows mostly repeat it, and then nothing is hashed. */
    private final Map<RecordField, String> previous = new EnumMap<>(RecordField.class);

    /** Notes the record's values; throws when one column passes the limit. */
    void add(EmployeeRecord r, SourcePosition at) {
        add(r.company(), r.establishment(), r.category(), r.level(), r.jobCode(), r.jobFamily(), at);
    }

    /** Notes the breakdown values of one accepted row, whether held as a record or in columns. */
    void add(Optional<String> company, Optional<String> establishment, Optional<String> category, Optional<String> level,
             Optional<String> jobCode, Optional<String> jobFamily, SourcePosition at) {
        note(RecordField.COMPANY, company, at);
        note(RecordField.ESTABLISHMENT, establishment, at);
        note(RecordField.CATEGORY, category, at);
        note(RecordField.LEVEL, level, at);
        note(RecordField.JOB_CODE, jobCode, at);
        note(RecordField.JOB_FAMILY, jobFamily, at);
    }

    private void note(RecordField field, Optional<String> value, SourcePosition at) {
        if (value.isEmpty() || value.get().equals(previous.get(field))) {
            return;
        }
        previous.put(field, value.get());
        Set<Long> values = seen.computeIfAbsent(field, f -> new HashSet<>());
        if (values.add(hash(value.get())) && values.size() > MAX_DISTINCT) {
            throw new InputException(at, "has more than " + MAX_DISTINCT + " distinct " + field.columnName()
                    + " values: a breakdown column, not an id (Mixité keeps a group per value)");
        }
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
