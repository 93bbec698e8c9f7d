package org.mixite.adapter.jdbc;

import java.io.IOException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.mixite.spi.InputException;
import org.mixite.spi.adapter.ReadResult;
import org.mixite.spi.adapter.RecordReader;
import org.mixite.spi.model.RecordField;
import org.mixite.spi.text.RowMapper;
import org.mixite.spi.validation.SourcePosition;
import org.mixite.spi.validation.Violation;

/**
 * Streams the rows of one result set; holds one row at a time (plus the driver's fetch
 * buffer). Each SQL value becomes the canonical text of its field, so that parsing and its
 * error messages are those of every other adapter ({@link RowMapper}).
 */
final class JdbcRecordReader implements RecordReader {

    private final String source;
    private final Connection connection;
    private final Statement statement;
    private final ResultSet rows;
    private final RowMapper rowMapper = new RowMapper(false);
    /** Field of each result column (index 1..n), or null for an ignored column. */
    private final RecordField[] fieldOfColumn;
    private final int[] typeOfColumn;
    private final String[] labelOfColumn;
    private final Map<RecordField, Integer> columnOfField = new EnumMap<>(RecordField.class);
    private final Set<String> ignored = new LinkedHashSet<>();
    private long row;
    private boolean finished;
    private boolean closed;

    JdbcRecordReader(String source, Connection connection, Statement statement, ResultSet rows, ColumnMapping mapping)
            throws SQLException {
        this.source = source;
        this.connection = connection;
        this.statement = statement;
        this.rows = rows;
        ResultSetMetaData meta = rows.getMetaData();
        int count = meta.getColumnCount();
        fieldOfColumn = new RecordField[count + 1];
        typeOfColumn = new int[count + 1];
        labelOfColumn = new String[count + 1];
        for (int i = 1; i <= count; i++) {
            String label = meta.getColumnLabel(i);
            labelOfColumn[i] = label;
            typeOfColumn[i] = zoned(meta.getColumnType(i), meta.getColumnTypeName(i))
                    ? Types.TIMESTAMP_WITH_TIMEZONE : meta.getColumnType(i);
            Optional<RecordField> field = mapping.resolve(label);
            if (field.isEmpty()) {
                ignored.add(label);
                continue;
            }
            Integer previous = columnOfField.putIfAbsent(field.get(), i);
            if (previous != null) {
                throw new InputException(SourcePosition.of(source), "field " + field.get().columnName()
                        + " comes from two columns, " + labelOfColumn[previous] + " and " + label);
            }
            fieldOfColumn[i] = field.get();
        }
        List<String> missing = new ArrayList<>();
        for (RecordField field : RecordField.values()) {
            if (field.required() && !columnOfField.containsKey(field)) {
                missing.add(field.columnName());
            }
        }
        if (!columnOfField.containsKey(RecordField.BIRTH_DATE) && !columnOfField.containsKey(RecordField.BIRTH_YEAR)) {
            missing.add("birth_date or birth_year");
        }
        if (!missing.isEmpty()) {
            throw new InputException(SourcePosition.of(source), "the result has no column for " + String.join(", ", missing)
                    + " (columns: " + String.join(", ", java.util.Arrays.asList(labelOfColumn).subList(1, count + 1))
                    + "); name them in the query or map them with the option mapping=column=field,...");
        }
    }

    /** PostgreSQL reports timestamptz as TIMESTAMP: its type name tells. */
    private static boolean zoned(int type, String typeName) {
        String name = typeName == null ? "" : JdbcAdapter.lower(typeName);
        return type == Types.TIMESTAMP_WITH_TIMEZONE
                || (type == Types.TIMESTAMP && (name.contains("timestamptz") || name.contains("time zone")));
    }

    @Override
    public Optional<ReadResult> next() throws IOException {
        if (closed) {
            throw new IOException(source + ": the reader is closed");
        }
        if (finished) {
            return Optional.empty();
        }
        try {
            if (!rows.next()) {
                finished = true;
                return Optional.empty();
            }
        } catch (SQLException e) {
            throw new InputException(SourcePosition.of(source, row + 1), "reading the next row failed: " + JdbcAdapter.describe(e), e);
        }
        row++;
        SourcePosition at = SourcePosition.of(source, row);
        Map<RecordField, String> values = new EnumMap<>(RecordField.class);
        List<Violation> problems = new ArrayList<>();
        for (int i = 1; i < fieldOfColumn.length; i++) {
            RecordField field = fieldOfColumn[i];
            if (field == null) {
                continue;
            }
            try {
                String text = text(i, field);
                if (text != null) {
                    values.put(field, text);
                }
            } catch (SQLException | RuntimeException e) {
                if (e instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                    throw new InputException(at, "the connection failed: " + JdbcAdapter.describe(sql), e);
                }
                problems.add(new Violation(at.atColumn(i), field.columnName(), "column " + labelOfColumn[i]
                        + " cannot be read as " + field.columnName() + (field.isMasked() ? "" : ": " + e.getMessage())));
            }
        }
        return Optional.of(rowMapper.map(values, at, columnOfField, problems)); // with the row's other problems, if any
    }

    /** The canonical text of column {@code i}, or null for SQL NULL. */
    private String text(int i, RecordField field) throws SQLException {
        switch (typeOfColumn[i]) {
            case Types.DATE: {
                LocalDate date = rows.getObject(i, LocalDate.class);
                return date == null ? null : date.toString();
            }
            case Types.TIMESTAMP: {
                LocalDateTime timestamp = rows.getObject(i, LocalDateTime.class);
                return timestamp == null ? null : timestamp.toLocalDate().toString();
            }
            case Types.TIMESTAMP_WITH_TIMEZONE: {
                // An instant: its date in UTC, the same on every machine.
                OffsetDateTime timestamp = rows.getObject(i, OffsetDateTime.class);
                return timestamp == null ? null : timestamp.withOffsetSameInstant(java.time.ZoneOffset.UTC).toLocalDate().toString();
            }
            case Types.NUMERIC, Types.DECIMAL, Types.INTEGER, Types.BIGINT, Types.SMALLINT, Types.TINYINT: {
                BigDecimal number = rows.getBigDecimal(i);
                if (number == null) {
                    return null;
                }
                // Whole-number fields accept 1980.00 from a NUMERIC column; decimals keep their scale.
                return field.kind() == RecordField.Kind.INTEGER || field.kind() == RecordField.Kind.TEXT
                        ? number.stripTrailingZeros().toPlainString() : number.toPlainString();
            }
            case Types.REAL, Types.FLOAT, Types.DOUBLE: {
                double number = rows.getDouble(i);
                if (rows.wasNull()) {
                    return null;
                }
                // The shortest decimal that reads back as the same double, e.g. 0.8 and not 0.8000000000000000444.
                return Double.isFinite(number) ? BigDecimal.valueOf(number).toPlainString() : Double.toString(number);
            }
            case Types.BOOLEAN, Types.BIT: {
                boolean flag = rows.getBoolean(i);
                return rows.wasNull() ? null : Boolean.toString(flag);
            }
            case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB, Types.ARRAY, Types.STRUCT, Types.REF,
                    Types.JAVA_OBJECT, Types.DATALINK: {
                Object value = rows.getObject(i);
                if (value == null) {
                    return null;
                }
                throw new SQLException("SQL type " + rows.getMetaData().getColumnTypeName(i) + " holds no " + field.columnName());
            }
            default:
                return rows.getString(i);
        }
    }

    @Override
    public List<String> warnings() {
        return ignored.isEmpty() ? List.of()
                : List.of(source + ": ignored columns not in the canonical record: " + String.join(", ", ignored));
    }

    /** Ends the read-only transaction before the connection goes back (to a pool, say). */
    private void endTransaction() throws SQLException {
        if (!connection.isClosed() && !connection.getAutoCommit()) {
            connection.rollback();
        }
    }

    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        SQLException failure = null;
        for (AutoCloseable resource : new AutoCloseable[] {rows, statement, this::endTransaction, connection}) {
            try {
                resource.close();
            } catch (Exception e) {
                if (failure == null) {
                    failure = e instanceof SQLException sql ? sql : new SQLException(e);
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (failure != null) {
            throw new IOException(source + ": closing the connection failed: " + JdbcAdapter.describe(failure), failure);
        }
    }
}
