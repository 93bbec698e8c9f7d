package com.acme.hris.mixite;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import org.mixite.spi.InputException;
import org.mixite.spi.adapter.InputSource;
import org.mixite.spi.adapter.ReadResult;
import org.mixite.spi.adapter.RecordReader;
import org.mixite.spi.validation.SourcePosition;
import org.mixite.spi.validation.Violation;

/** Streams the workers of one export: the parser walks to the array, then reads one worker at a time. */
final class AcmeRecordReader implements RecordReader {

    private static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(32).maxStringLength(100_000).build())
                    .build())
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            // Keep amounts as written (52000.00 stays 52000.00).
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    private final InputSource input;
    private final InputStream stream;
    private final JsonParser parser;
    private final WorkerMapping mapping;
    private boolean inWorkers;
    private boolean finished;

    AcmeRecordReader(InputSource input, WorkerMapping mapping) throws IOException {
        this.input = input;
        this.mapping = mapping;
        this.stream = input.open();
        try {
            this.parser = MAPPER.getFactory().createParser(stream);
        } catch (IOException | RuntimeException e) {
            stream.close();
            throw e;
        }
    }

    @Override
    public Optional<ReadResult> next() throws IOException {
        if (finished) {
            return Optional.empty();
        }
        try {
            if (!inWorkers) {
                findWorkers();
                if (finished) {
                    return Optional.empty();
                }
            }
            JsonToken token = parser.nextToken();
            if (token == JsonToken.END_ARRAY) {
                finished = true;
                return Optional.empty();
            }
            SourcePosition at = position();
            if (token == null) {
                throw new InputException(at, "ends inside the workers array");
            }
            if (token != JsonToken.START_OBJECT) {
                parser.skipChildren();
                return Optional.of(new ReadResult.Malformed(at, Optional.empty(),
                        List.of(new Violation(at, "", "a worker must be a JSON object, found " + token.asString()))));
            }
            JsonNode worker = MAPPER.readTree(parser);
            return Optional.of(mapping.map(worker, at));
        } catch (CharConversionException e) {
            throw new InputException(position(), "is not valid UTF-8 text", e);
        } catch (JsonProcessingException e) {
            throw new InputException(position(), "is not a well-formed ACME HRIS export: " + e.getOriginalMessage(), e);
        }
    }

    /** Walks the top-level object to its workers array, checking the export header on the way. */
    private void findWorkers() throws IOException {
        if (parser.nextToken() != JsonToken.START_OBJECT) {
            throw new InputException(position(), "is not an ACME HRIS export: it must be one JSON object");
        }
        JsonToken token;
        while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            if ("workers".equals(field)) {
                if (value != JsonToken.START_ARRAY) {
                    throw new InputException(position(), "workers must be an array");
                }
                inWorkers = true;
                return;
            }
            if ("export".equals(field)) {
                JsonNode header = MAPPER.readTree(parser);
                if (!AcmeHrisAdapter.VENDOR.equals(header.path("vendor").asText())) {
                    throw new InputException(position(), "is not an ACME HRIS export (export.vendor is not \"ACME HRIS\")");
                }
            } else {
                parser.skipChildren();
            }
        }
        if (token != JsonToken.END_OBJECT) {
            throw new InputException(position(), "is not a well-formed ACME HRIS export");
        }
        finished = true; // an export without workers is empty
    }

    private SourcePosition position() {
        long line = parser.currentTokenLocation().getLineNr();
        return line > 0 ? SourcePosition.of(input.name(), line) : SourcePosition.of(input.name());
    }

    @Override
    public void close() throws IOException {
        try {
            parser.close();
        } finally {
            stream.close();
        }
    }
}
