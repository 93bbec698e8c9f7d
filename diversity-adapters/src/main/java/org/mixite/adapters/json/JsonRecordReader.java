package org.mixite.adapters.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.mixite.spi.InputException;
import org.mixite.spi.adapter.InputSource;
import org.mixite.spi.adapter.ReadResult;
import org.mixite.spi.adapter.RecordReader;
import org.mixite.spi.model.RecordField;
import org.mixite.spi.text.RowMapper;
import org.mixite.spi.validation.SourcePosition;
import org.mixite.spi.validation.Violation;

/** Streams the objects of a JSON array or of newline-delimited JSON; holds one object at a time. */
final class JsonRecordReader implements RecordReader {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(1_000_000).maxNestingDepth(64).build())
            .build();

    private final InputSource input;
    private final JsonParser parser;
    private final RowMapper rowMapper = new RowMapper(false);
    private final Set<String> unknownMembers = new TreeSet<>();
    private boolean started;
    private boolean inArray;
    private boolean finished;

    JsonRecordReader(InputSource input, Reader reader) throws IOException {
        this.input = input;
        this.parser = FACTORY.createParser(reader);
    }

    @Override
    public Optional<ReadResult> next() throws IOException {
        try {
            if (finished) {
                return Optional.empty();
            }
            JsonToken token = parser.nextToken();
            if (!started) {
                started = true;
                if (token == null) {
                    throw new InputException(SourcePosition.of(input.name()), "is empty: expected a JSON array or JSON objects");
                }
                if (token == JsonToken.START_ARRAY) {
                    inArray = true;
                    token = parser.nextToken();
                }
            }
            if (inArray && token == JsonToken.END_ARRAY) {
                finished = true;
                if (parser.nextToken() != null) {
                    throw new InputException(position(), "has content after the closing ] of the array");
                }
                return Optional.empty();
            }
            if (token == null) {
                if (inArray) {
                    throw new InputException(position(), "ends before the closing ] of the array");
                }
                finished = true;
                return Optional.empty();
            }
            SourcePosition at = position();
            if (token != JsonToken.START_OBJECT) {
                parser.skipChildren();
                return Optional.of(new ReadResult.Malformed(at, Optional.empty(),
                        List.of(new Violation(at, "", "expected a JSON object for an employee, found " + describe(token)))));
            }
            return Optional.of(readObject(at));
        } catch (JsonProcessingException e) {
            throw new InputException(position(), "is not well-formed JSON: " + e.getOriginalMessage(), e);
        }
    }

    private ReadResult readObject(SourcePosition at) throws IOException {
        Map<RecordField, String> values = new EnumMap<>(RecordField.class);
        Map<RecordField, Integer> columns = new EnumMap<>(RecordField.class);
        List<Violation> problems = new ArrayList<>();
        JsonToken token;
        while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            Optional<RecordField> field = RecordField.byName(name);
            if (field.isEmpty()) {
                unknownMembers.add(name.length() <= 60 ? name : name.substring(0, 57) + "...");
                parser.skipChildren();
                continue;
            }
            int column = (int) parser.currentTokenLocation().getColumnNr();
            columns.put(field.get(), column);
            switch (value) {
                case VALUE_STRING, VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT, VALUE_TRUE, VALUE_FALSE ->
                        values.put(field.get(), parser.getText());
                case VALUE_NULL -> { }
                default -> {
                    parser.skipChildren();
                    problems.add(new Violation(at.atColumn(column), field.get().columnName(),
                            field.get().jsonName() + " must be a string, number or boolean, not " + describe(value)));
                }
            }
        }
        if (token != JsonToken.END_OBJECT) {
            throw new InputException(position(), "is not well-formed JSON: unexpected " + describe(token));
        }
        if (!columns.containsKey(RecordField.SEX)) {
            // employee-record.md: the sex column is required (its value may be empty or null: unknown).
            problems.add(new Violation(at, RecordField.SEX.columnName(),
                    "sex is required (F, M, X, or empty or null when unknown)"));
        }
        return rowMapper.map(values, at, columns, problems); // with the other problems of the row, if any
    }

    private SourcePosition position() {
        long line = parser.currentTokenLocation().getLineNr();
        return line > 0 ? SourcePosition.of(input.name(), line) : SourcePosition.of(input.name());
    }

    private static String describe(JsonToken token) {
        if (token == null) {
            return "the end of the input";
        }
        return switch (token) {
            case START_ARRAY -> "an array";
            case START_OBJECT -> "an object";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> token.asString() == null ? token.name() : "'" + token.asString() + "'";
        };
    }

    @Override
    public List<String> warnings() {
        return unknownMembers.isEmpty() ? List.of()
                : List.of(input.name() + ": ignored members not in the canonical record: " + String.join(", ", unknownMembers));
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
