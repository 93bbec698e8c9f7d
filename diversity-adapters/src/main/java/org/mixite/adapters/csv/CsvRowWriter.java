package org.mixite.adapters.csv;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Writer;

/**
 * Rows of text to CSV, as every Mixité CSV output writes them: {@code ,} delimiter, {@code \n}
 * line ends, quotes only where RFC 4180 needs them. Leaves the target open.
 */
final class CsvRowWriter implements AutoCloseable {

    private static final CsvFactory FACTORY = new CsvFactory();

    private final CsvGenerator generator;

    CsvRowWriter(Writer out) throws IOException {
        generator = FACTORY.createGenerator(out);
        generator.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        generator.enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING);
        generator.setSchema(CsvSchema.builder().setUseHeader(false).setLineSeparator("\n").build());
    }

    void row(String... values) throws IOException {
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
