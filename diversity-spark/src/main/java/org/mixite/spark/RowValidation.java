package org.mixite.spark;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.mixite.spi.adapter.ReadResult;
import org.mixite.spi.model.RecordField;
import org.mixite.spi.text.RowMapper;
import org.mixite.spi.validation.SourcePosition;

/**
 * Validates a partition of rows that Spark has grouped by company and sorted in input order:
 * each company's run of rows is mapped by the loader's {@link RowMapper} and checked by the
 * loader itself ({@link EntryLoads}), as if it were that company's file. Holds one company's
 * rows at a time.
 */
final class RowValidation implements MapPartitionsFunction<Row, Row> {

    private static final long serialVersionUID = 1L;

    private final String source;
    /** The index of each field's column in the prepared rows, or -1. */
    private final int[] fieldIndex;
    /** The 1-based column of each field in the caller's Dataset, for the messages. */
    private final int[] fieldColumn;
    private final int keyIndex;

    RowValidation(String source, int[] fieldIndex, int[] fieldColumn, int keyIndex) {
        this.source = source;
        this.fieldIndex = fieldIndex.clone();
        this.fieldColumn = fieldColumn.clone();
        this.keyIndex = keyIndex;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> rows) {
        RowMapper mapper = new RowMapper(false);
        RecordField[] fields = RecordField.values();
        Map<RecordField, Integer> columns = new EnumMap<>(RecordField.class);
        for (RecordField field : fields) {
            if (fieldIndex[field.ordinal()] >= 0) {
                columns.put(field, fieldColumn[field.ordinal()]);
            }
        }
        SourcePosition position = SourcePosition.of(source);
        return new Iterator<>() {
            private Iterator<Row> out = Collections.emptyIterator();
            private Row pending;

            @Override
            public boolean hasNext() {
                while (!out.hasNext() && (pending != null || rows.hasNext())) {
                    out = nextCompany().iterator();
                }
                return out.hasNext();
            }

            @Override
            public Row next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return out.next();
            }

            private List<Row> nextCompany() {
                Row first = pending != null ? pending : rows.next();
                pending = null;
                String company = first.getString(keyIndex);
                List<ReadResult> run = new ArrayList<>();
                run.add(map(first));
                while (rows.hasNext()) {
                    Row row = rows.next();
                    if (!company.equals(row.getString(keyIndex))) {
                        pending = row;
                        break;
                    }
                    run.add(map(row));
                }
                return EntryLoads.load(company, source, run);
            }

            private ReadResult map(Row row) {
                Map<RecordField, String> values = new EnumMap<>(RecordField.class);
                for (RecordField field : fields) {
                    int index = fieldIndex[field.ordinal()];
                    if (index >= 0) {
                        Entries.text(row.get(index)).ifPresent(text -> values.put(field, text));
                    }
                }
                return mapper.map(values, position, columns);
            }
        };
    }
}
