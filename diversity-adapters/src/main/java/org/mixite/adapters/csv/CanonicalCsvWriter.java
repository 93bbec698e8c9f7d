package org.mixite.adapters.csv;

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

    private final CsvRowWriter rows;

    public CanonicalCsvWriter(Writer out) throws IOException {
        rows = new CsvRowWriter(out);
        rows.row(headerValues());
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
        rows.row(values);
    }

    @Override
    public void close() throws IOException {
        rows.close();
    }
}
