package org.mixite.spark;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.mixite.core.report.IndicatorSuite;
import org.mixite.spi.adapter.ReadResult;
import org.mixite.spi.load.Rejection;
import org.mixite.spi.model.EmployeeRecord;
import org.mixite.spi.model.RecordField;
import org.mixite.spi.text.FieldText;
import org.mixite.spi.text.RowMapper;
import org.mixite.spi.validation.SourcePosition;
import org.mixite.spi.validation.Violation;

/**
 * The rows that flow between validation and aggregation: one per input entry, either an
 * accepted record (its canonical text, every field as {@link FieldText#format} writes it, so that
 * reading it back gives the same record) or a rejected entry (its violations, as the loader
 * gave them). Spark-native rows rather than encoded records: they shuffle and cache as
 * Spark's own binary rows, and a record is rebuilt from its text only where it is added.
 */
final class Entries {

    static final String COMPANY = "company_key";
    static final String SOURCE = "load_source";
    static final String ADAPTER = "load_adapter";
    static final String ID = "rejected_id";
    static final String VIOLATIONS = "violations";
    static final String WARNINGS = "load_warnings";

    private static final RecordField[] FIELDS = RecordField.values();
    /** Where the record's fields start in an entry row. */
    private static final int FIRST_FIELD = 4;

    static final StructType VIOLATION = new StructType(new StructField[] {
            DataTypes.createStructField("source", DataTypes.StringType, false),
            DataTypes.createStructField("line", DataTypes.LongType, true),
            DataTypes.createStructField("column", DataTypes.IntegerType, true),
            DataTypes.createStructField("field", DataTypes.StringType, false),
            DataTypes.createStructField("message", DataTypes.StringType, false)});

    static final StructType SCHEMA = schema();

    private Entries() {
    }

    private static StructType schema() {
        List<StructField> fields = new ArrayList<>();
        fields.add(DataTypes.createStructField(COMPANY, DataTypes.StringType, false));
        fields.add(DataTypes.createStructField(SOURCE, DataTypes.StringType, false));
        fields.add(DataTypes.createStructField(ADAPTER, DataTypes.StringType, false));
        fields.add(DataTypes.createStructField(ID, DataTypes.StringType, true));
        for (RecordField field : FIELDS) {
            fields.add(DataTypes.createStructField(field.columnName(), DataTypes.StringType, true));
        }
        fields.add(DataTypes.createStructField(WARNINGS, DataTypes.createArrayType(DataTypes.StringType, false), true));
        fields.add(DataTypes.createStructField(VIOLATIONS, DataTypes.createArrayType(VIOLATION, false), true));
        return new StructType(fields.toArray(StructField[]::new));
    }

    /** The company key of a record: its {@code company}, or the suite's key for records without one. */
    static String companyOf(EmployeeRecord record) {
        return record.company().orElse(IndicatorSuite.NO_COMPANY);
    }

    static Row accepted(String company, String source, String adapter, EmployeeRecord record) {
        Object[] values = new Object[SCHEMA.size()];
        values[0] = company;
        values[1] = source;
        values[2] = adapter;
        for (int i = 0; i < FIELDS.length; i++) {
            String text = FieldText.format(record, FIELDS[i]);
            values[FIRST_FIELD + i] = text.isEmpty() ? null : text;
        }
        return RowFactory.create(values);
    }

    static Row rejected(String company, String source, Rejection rejection) {
        Object[] values = new Object[SCHEMA.size()];
        values[0] = company;
        values[1] = source;
        values[2] = rejection.adapter();
        values[3] = rejection.id().orElse(null);
        List<Row> violations = new ArrayList<>(rejection.violations().size());
        for (Violation v : rejection.violations()) {
            SourcePosition at = v.position();
            violations.add(RowFactory.create(at.source(), at.line().isPresent() ? at.line().getAsLong() : null,
                    at.column().isPresent() ? at.column().getAsInt() : null, v.field(), v.message()));
        }
        values[values.length - 1] = seq(violations);
        return RowFactory.create(values);
    }

    /** The entry with its load's warnings (the adapter's notes, e.g. estimated figures), carried by a load's first entry. */
    static Row withWarnings(Row entry, List<String> warnings) {
        Object[] values = new Object[entry.length()];
        for (int i = 0; i < values.length; i++) {
            values[i] = entry.get(i);
        }
        values[values.length - 2] = seq(warnings);
        return RowFactory.create(values);
    }

    /** The warnings of the entry's load, when it is the load's first entry. */
    static List<String> warnings(Row entry) {
        return entry.isNullAt(entry.length() - 2) ? List.of() : entry.getList(entry.length() - 2);
    }

    /** An array column's value in an external row: a Scala sequence. */
    static <T> scala.collection.immutable.Seq<T> seq(List<T> values) {
        return scala.jdk.javaapi.CollectionConverters.asScala(values).toList();
    }

    static boolean isRejected(Row entry) {
        return !entry.isNullAt(entry.length() - 1);
    }

    static String company(Row entry) {
        return entry.getString(0);
    }

    static String source(Row entry) {
        return entry.getString(1);
    }

    static String adapter(Row entry) {
        return entry.getString(2);
    }

    /** The record of an accepted entry, read back from its canonical text. */
    static EmployeeRecord record(Row entry, RowMapper mapper) {
        Map<RecordField, String> values = new EnumMap<>(RecordField.class);
        for (int i = 0; i < FIELDS.length; i++) {
            Object text = entry.get(FIRST_FIELD + i);
            if (text != null) {
                values.put(FIELDS[i], (String) text);
            }
        }
        ReadResult read = mapper.map(values, SourcePosition.of(source(entry)), Map.of());
        if (read instanceof ReadResult.Parsed parsed) {
            return parsed.record();
        }
        // Cannot happen: the text was written from a valid record by FieldText.format.
        throw new IllegalStateException("an accepted entry no longer parses: " + ((ReadResult.Malformed) read).violations());
    }

    /**
     * The text of a value of any Spark column type, as the canonical CSV would hold it: strings
     * as they are, decimals in plain notation, dates in ISO form, doubles by their shortest
     * decimal form (so 0.8 stays {@code 0.8}).
     */
    static Optional<String> text(Object value) {
        if (value == null) {
            return Optional.empty();
        }
        if (value instanceof String s) {
            return Optional.of(s);
        }
        if (value instanceof BigDecimal d) {
            return Optional.of(d.toPlainString());
        }
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            return Optional.of(Double.isFinite(d) ? new BigDecimal(value.toString()).toPlainString() : value.toString());
        }
        if (value instanceof java.sql.Date d) {
            return Optional.of(d.toLocalDate().toString());
        }
        if (value instanceof java.sql.Timestamp t) {
            return Optional.of(t.toLocalDateTime().toLocalDate().toString());
        }
        return Optional.of(value.toString()); // integers, booleans, LocalDate
    }
}
