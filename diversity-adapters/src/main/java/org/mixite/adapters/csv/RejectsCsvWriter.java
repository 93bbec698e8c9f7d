package org.mixite.adapters.csv;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Writer;
import org.apiguardian.api.API;
import org.mixite.spi.load.Rejection;
import org.mixite.spi.validation.Violation;

/**
 * Writes the rejects report: one row per violation, with the source, line, column, adapter,
 * id, field and message, so that an analyst can fix the export line by line. The header is
 * always written, so an empty report is still a valid CSV. Messages never hold pay amounts.
 */
@API(status = API.Status.STABLE)
public final class RejectsCsvWriter implements AutoCloseable {

    private static final CsvFactory FACTORY = new CsvFactory();

    private final CsvGenerator generator;

    public RejectsCsvWriter(Writer out) throws IOException {
        generator = FACTORY.createGenerator(out);
        generator.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        generator.enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING); // quote only where RFC 4180 needs it
        generator.setSchema(CsvSchema.builder().setUseHeader(false).setLineSeparator("\n").build());
        row("source", "line", "column", "adapter", "id", "field", "message");
    }

    public void write(Rejection rejection) throws IOException {
        for (Violation v : rejection.violations()) {
            row(v.position().source(),
                    v.position().line().isPresent() ? Long.toString(v.position().line().getAsLong()) : "",
                    v.position().column().isPresent() ? Integer.toString(v.position().column().getAsInt()) : "",
                    rejection.adapter(),
                    rejection.id().orElse(""),
                    v.field(),
                    v.message());
        }
    }

    private void row(String... values) throws IOException {
        generator.writeStartArray();
        for (String value : values) {
            generator.writeString(value);
        }
        generator.writeEndArray();
    }

    @Override
    public void close() throws IOException {
        generator.close();
    }
}
