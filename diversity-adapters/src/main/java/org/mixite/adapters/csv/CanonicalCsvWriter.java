package org.mixite.adapters.csv;

import java.io.IOException;
import java.io.Writer;
import org.apiguardian.api.API;
import org.mixite.spi.model.EmployeeRecord;
import org.mixite.spi.model.RecordField;
import org.mixite.spi.text.FieldText;
import org.mixite.spi.text.SpreadsheetFormulas;

/**
 * Writes records as canonical CSV: every column of {@link RecordField} in order, {@code ,}
 * delimiter, {@code \n} line ends, quoting only where needed. What {@link CsvAdapter} reads
 * back gives equal records. Not thread-safe; close it to flush.
 *
 * <p>Values are exact by default: the file is meant to be read back. {@link #spreadsheetSafe}
 * writes a copy meant to be opened in a spreadsheet instead: every text cell that a spreadsheet
 * would run as a formula gets a leading {@code '} ({@link SpreadsheetFormulas}), so such a file
 * no longer reads back to equal records for those cells.
 */
@API(status = API.Status.STABLE)
public final class CanonicalCsvWriter implements AutoCloseable {

    private final CsvRowWriter rows;
    private final boolean neutralise;

    /** A writer of exact values, to be read back. */
    public CanonicalCsvWriter(Writer out) throws IOException {
        this(out, false);
    }

    private CanonicalCsvWriter(Writer out, boolean neutralise) throws IOException {
        this.neutralise = neutralise;
        rows = new CsvRowWriter(out);
        rows.row(headerValues());
    }

    /** A writer for a file a person opens in a spreadsheet: text cells neutralised, numbers as they are. */
    public static CanonicalCsvWriter spreadsheetSafe(Writer out) throws IOException {
        return new CanonicalCsvWriter(out, true);
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
            String text = FieldText.format(record, fields[i]);
            values[i] = neutralise && fields[i].kind() == RecordField.Kind.TEXT ? SpreadsheetFormulas.neutralise(text) : text;
        }
        rows.row(values);
    }

    @Override
    public void close() throws IOException {
        rows.close();
    }
}
