package org.mixite.adapters.csv;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.mixite.spi.InputException;
import org.mixite.spi.adapter.InputSource;
import org.mixite.spi.adapter.ReadResult;
import org.mixite.spi.adapter.RecordReader;
import org.mixite.spi.model.RecordField;
import org.mixite.spi.text.RowMapper;
import org.mixite.spi.validation.SourcePosition;
import org.mixite.spi.validation.Violation;

/** Streams the rows of one CSV input; holds one row at a time. */
final class CsvRecordReader implements RecordReader {

    /** Longest field accepted; longer ones mean the file is not a sane export. */
    static final int MAX_FIELD_LENGTH = 1_000_000;
    /**
     * Most fields in one row (docs/robustness.md): far more than any export's columns; a line of
     * delimiters only (a 2 GB line of commas) stops here instead of filling the heap.
     */
    static final int MAX_FIELDS = 10_000;
    /** Longest row, in characters, all fields together: a row is held whole while it is read. */
    static final int MAX_ROW_LENGTH = 10_000_000;

    private static final CsvFactory FACTORY = CsvFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(MAX_FIELD_LENGTH).build())
            .build();

    private final InputSource input;
    private final CsvParser parser;
    private final ColumnMapping mapping;
    private final RowMapper rowMapper;
    private final List<String> warnings = new ArrayList<>();
    private final List<String> row = new ArrayList<>();
    /** Field of each source column, or null for an ignored column. */
    private RecordField[] fieldOfColumn;
    private Map<RecordField, Integer> columnOfField;
    private long rowLine;
    private long rowLength;
    /** Lines before the text this reader reads: 0 for a whole input, more for a part of one. */
    private final long lineOffset;

    CsvRecordReader(InputSource input, Reader reader, char delimiter, ColumnMapping mapping) throws IOException {
        this(input, reader, delimiter, mapping, 0);
    }

    /**
     * A reader of a part of an input that starts at a line start after the header, at line
     * {@code lineOffset + 1}; {@code header} is the reader of the input's start, whose header
     * this one uses.
     */
    CsvRecordReader(InputSource input, Reader reader, char delimiter, CsvRecordReader header, long lineOffset)
            throws IOException {
        this(input, reader, delimiter, header.mapping, lineOffset);
        header.readHeaderIfNeeded();
        fieldOfColumn = header.fieldOfColumn;
        columnOfField = header.columnOfField;
    }

    private CsvRecordReader(InputSource input, Reader reader, char delimiter, ColumnMapping mapping, long lineOffset)
            throws IOException {
        this.input = input;
        this.mapping = mapping;
        this.lineOffset = lineOffset;
        this.rowMapper = new RowMapper(delimiter == ';');
        this.parser = FACTORY.createParser(reader);
        parser.setSchema(CsvSchema.emptySchema().withColumnSeparator(delimiter).withoutHeader());
        parser.enable(CsvParser.Feature.SKIP_EMPTY_LINES);
    }

    @Override
    public Optional<ReadResult> next() throws IOException {
        readHeaderIfNeeded();
        while (readRow()) {
            if (row.size() == 1 && row.get(0).isBlank()) {
                continue; // a blank line, e.g. spaces only
            }
            return Optional.of(toResult());
        }
        return Optional.empty();
    }

    /** Takes a row of the header's width before it is mapped to a record, e.g. to put it straight into columns. */
    interface RowHandler {
        /** True when it took the row, which then yields no entry. */
        boolean take(List<String> fields, long line);
    }

    /** The next entry, as {@link #next()}, past the rows {@code handler} takes. */
    Optional<ReadResult> next(RowHandler handler) throws IOException {
        readHeaderIfNeeded();
        while (readRow()) {
            if (row.size() == 1 && row.get(0).isBlank()) {
                continue; // a blank line, e.g. spaces only
            }
            if (row.size() == fieldOfColumn.length && handler.take(row, rowLine)) {
                continue;
            }
            return Optional.of(toResult());
        }
        return Optional.empty();
    }

    /** The line of the row read last: the header's, once {@link #readHeaderIfNeeded} returned. */
    long rowLine() {
        return rowLine;
    }

    /** The field of each column (null for an ignored one), once the header is read. */
    RecordField[] fieldOfColumn() {
        return fieldOfColumn.clone();
    }

    /** Reads the header row, unless it was read (or this reader reads a part after it). */
    void readHeaderIfNeeded() throws IOException {
        if (fieldOfColumn == null) {
            if (!readRow()) {
                throw new InputException(SourcePosition.of(input.name()), "is empty: a CSV needs a header row");
            }
            readHeader();
        }
    }

    private boolean readRow() throws IOException {
        try {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                switch (token) {
                    case START_ARRAY -> {
                        row.clear();
                        rowLength = 0;
                    }
                    case VALUE_STRING -> {
                        // The row's first value tells its line: START_ARRAY sits at the previous line end.
                        if (row.isEmpty()) {
                            rowLine = lineOffset + parser.currentTokenLocation().getLineNr();
                        }
                        String value = parser.getText();
                        rowLength += value.length() + 1;
                        if (row.size() >= MAX_FIELDS) {
                            throw new InputException(SourcePosition.of(input.name(), rowLine),
                                    "has a row of more than " + MAX_FIELDS + " fields: not a sane export (is the delimiter right?)");
                        }
                        if (rowLength > MAX_ROW_LENGTH) {
                            throw new InputException(SourcePosition.of(input.name(), rowLine),
                                    "has a row longer than " + MAX_ROW_LENGTH + " characters: not a sane export");
                        }
                        row.add(value);
                    }
                    case END_ARRAY -> {
                        return true;
                    }
                    default -> { }
                }
            }
            return false;
        } catch (JsonProcessingException e) {
            String why = e.getMessage().contains("String value length")
                    ? "has a field longer than " + MAX_FIELD_LENGTH + " characters"
                    : "is not well-formed CSV: " + e.getOriginalMessage();
            throw new InputException(here(), why, e);
        }
    }

    private SourcePosition here() {
        JsonLocation location = parser.currentLocation();
        long line = location.getLineNr() > 0 ? lineOffset + location.getLineNr() : Math.max(rowLine, 1);
        return SourcePosition.of(input.name(), line);
    }

    private void readHeader() {
        fieldOfColumn = new RecordField[row.size()];
        columnOfField = new EnumMap<>(RecordField.class);
        Set<String> ignored = new LinkedHashSet<>();
        for (int i = 0; i < row.size(); i++) {
            String header = row.get(i);
            Optional<RecordField> field = mapping.resolve(header);
            if (field.isEmpty()) {
                ignored.add(header.strip());
                continue;
            }
            Integer previous = columnOfField.putIfAbsent(field.get(), i + 1);
            if (previous != null) {
                throw new InputException(SourcePosition.of(input.name(), rowLine, i + 1),
                        "column " + field.get().columnName() + " appears twice (columns " + previous + " and " + (i + 1) + ")");
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
            throw new InputException(SourcePosition.of(input.name(), rowLine),
                    "missing required column" + (missing.size() > 1 ? "s " : " ") + String.join(", ", missing)
                            + " (header: " + abbreviate(String.join(",", row)) + ")"
                            + (mapping.toString().equals("canonical") ? "" : " after mapping " + mapping));
        }
        columnOfField = Map.copyOf(columnOfField); // immutable once: every row's entry shares it, no copy per row
        if (!ignored.isEmpty()) {
            warnings.add(input.name() + ": ignored columns not in the canonical record: " + abbreviate(String.join(", ", ignored)));
        }
    }

    private ReadResult toResult() {
        SourcePosition position = SourcePosition.of(input.name(), rowLine);
        if (row.size() != fieldOfColumn.length) {
            return new ReadResult.Malformed(position, Optional.empty(), List.of(new Violation(position, "",
                    "row has " + row.size() + " fields but the header has " + fieldOfColumn.length)));
        }
        Map<RecordField, String> values = new EnumMap<>(RecordField.class);
        for (int i = 0; i < fieldOfColumn.length; i++) {
            if (fieldOfColumn[i] != null) {
                values.put(fieldOfColumn[i], row.get(i));
            }
        }
        return rowMapper.map(values, position, columnOfField);
    }

    private static String abbreviate(String text) {
        return text.length() <= 200 ? text : text.substring(0, 197) + "...";
    }

    @Override
    public List<String> warnings() {
        return List.copyOf(warnings);
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
