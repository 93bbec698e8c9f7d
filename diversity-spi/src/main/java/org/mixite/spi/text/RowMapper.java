package org.mixite.spi.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;
import org.mixite.spi.adapter.ReadResult;
import org.mixite.spi.model.EmployeeRecord;
import org.mixite.spi.model.RecordField;
import org.mixite.spi.model.Sex;
import org.mixite.spi.validation.SourcePosition;
import org.mixite.spi.validation.Violation;

/**
 * Turns one row of field texts into a {@link ReadResult}: a record when every field parses,
 * otherwise every problem of the row at once — the parse problems and the constraints the
 * readable fields break. Shared by the CSV, JSON and JDBC adapters, and available to vendors
 * whose systems export text. Bean Validation of a parsed record runs later, in the loader.
 */
@API(status = API.Status.STABLE)
public final class RowMapper {

    /** What a decoder puts in place of bytes that are not valid in the file's encoding. */
    private static final char REPLACEMENT = '\uFFFD';

    private static final RecordField[] FIELDS = RecordField.values();

    private final boolean decimalComma;

    /** @param decimalComma accept {@code ,} as decimal separator (files delimited by {@code ;}) */
    public RowMapper(boolean decimalComma) {
        this.decimalComma = decimalComma;
    }

    /**
     * Maps a row.
     *
     * @param values   the raw text of each field present in the row; empty text means absent
     * @param position the row's position (line)
     * @param columns  the source column of each field, when the source has columns
     */
    public ReadResult map(Map<RecordField, String> values, SourcePosition position, Map<RecordField, Integer> columns) {
        return map(values, position, columns, List.of());
    }

    /**
     * Maps a row in which the adapter already found problems of its own (a nested JSON member, a
     * column of the wrong SQL type, a required member missing): the fields they name count as
     * unreadable, and the rest of the row is parsed and checked as usual, so that the entry lists
     * every problem of the row at once.
     *
     * @param found the adapter's problems, each naming its field ({@link Violation#field()})
     */
    @API(status = API.Status.EXPERIMENTAL)
    public ReadResult map(Map<RecordField, String> values, SourcePosition position, Map<RecordField, Integer> columns,
                          List<Violation> found) {
        // Values go straight into the builder (id and sex included), problems are collected only
        // when there are some: this runs once per row of every CSV and JSON load.
        EmployeeRecord.Builder builder = EmployeeRecord.builder("", Sex.UNKNOWN);
        String id = "";
        List<Violation> problems = null;
        java.util.Set<RecordField> unreadable = null;
        if (!found.isEmpty()) {
            problems = new ArrayList<>(found);
            unreadable = java.util.EnumSet.noneOf(RecordField.class);
            for (Violation v : found) {
                RecordField.byName(v.field()).ifPresent(unreadable::add);
            }
        }
        for (RecordField field : FIELDS) { // by field, not entrySet(): an EnumMap's entries are objects made per row
            String text = values.get(field);
            if (text == null || (text.isBlank() && field != RecordField.ID)) {
                continue; // absent: the record's default applies
            }
            FieldText.Parsed result = text.indexOf(REPLACEMENT) >= 0
                    ? new FieldText.Problem(field.columnName() + " holds bytes that are not valid UTF-8 (convert the file to UTF-8)")
                    : FieldText.parse(field, text, decimalComma);
            if (result instanceof FieldText.Value value) {
                builder.set(field, value.value());
                if (field == RecordField.ID) {
                    id = (String) value.value();
                }
            } else {
                if (problems == null) {
                    problems = new ArrayList<>();
                    unreadable = java.util.EnumSet.noneOf(RecordField.class);
                }
                unreadable.add(field);
                problems.add(new Violation(at(position, columns, field), field.columnName(),
                        ((FieldText.Problem) result).message()));
            }
        }
        if (problems != null) {
            // The rest of the row is checked too, so that one round of corrections is enough.
            problems.addAll(Checks.VALIDATOR.validateReadable(builder.build(), position,
                    field -> Optional.ofNullable(columns.get(field)), unreadable));
            problems.sort(java.util.Comparator.comparing((Violation v) -> RecordField.byName(v.field()).orElse(RecordField.ID)));
            return new ReadResult.Malformed(position, Optional.of(id).filter(s -> !s.isBlank()), problems);
        }
        return new ReadResult.Parsed(position, builder.build(), columns);
    }

    /** Created on the first malformed row only: building a validator is costly. */
    private static final class Checks {
        static final org.mixite.spi.validation.RecordValidator VALIDATOR = new org.mixite.spi.validation.RecordValidator();
    }

    private static SourcePosition at(SourcePosition row, Map<RecordField, Integer> columns, RecordField field) {
        Integer column = columns.get(field);
        return column == null ? row : row.atColumn(column);
    }
}
