package org.mixite.adapters.csv;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Writer;
import org.apiguardian.api.API;
import org.mixite.spi.model.EmployeeRecord;
import org.mixite.spi.model.RecordField;
import org.mixite.spi.text.FieldText;

/**
 * Writes records as canonical CSV: every column of {@link RecordField} in order, {@code ,}
 * delimiter, {@code \n} line ends, quoting only where needed. What {@link CsvAdapter} reads
 * back gives equal records. Not thread-safe; close it to flush.
 */
@API(status = API.Status.STABLE)
public final class CanonicalCsvWriter implements AutoCloseable {

    private static final CsvFactory FACTORY = new CsvFactory();

    private final CsvGenerator generator;

    public CanonicalCsvWriter(Writer out) throws IOException {
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(false).setLineSeparator("\n");
        generator = FACTORY.createGenerator(out);
        generator.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        generator.enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING); // quote only where RFC 4180 needs it
        generator.setSchema(schema.build());
        writeRow(headerValues());
    }

    private static String[] headerValues() {
        RecordField[] fields = RecordField.values();
        String[] header = new String[fields.length];
        for (int i = 0; i < fields.length; i++) {
            header[i] = fields[i].columnName();
        }
        return header;
    }

    public void write(EmployeeRecord record) throws IOException {
        RecordField[] fields = RecordField.values();
        String[] values = new String[fields.length];
        for (int i = 0; i < fields.length; i++) {
            values[i] = FieldText.format(record, fields[i]);
        }
        writeRow(values);
    }

    private void writeRow(String[] values) throws IOException {
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
