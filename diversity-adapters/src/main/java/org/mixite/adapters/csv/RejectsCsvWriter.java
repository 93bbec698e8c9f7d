package org.mixite.adapters.csv;

import java.io.IOException;
import java.io.Writer;
import org.apiguardian.api.API;
import org.mixite.spi.load.Rejection;
import org.mixite.spi.text.SpreadsheetFormulas;
import org.mixite.spi.validation.Violation;

/**
 * Writes the rejects report: one row per violation, with the source, line, column, adapter,
 * id, field and message, so that an analyst can fix the export line by line. The header is
 * always written, so an empty report is still a valid CSV. Messages never hold pay amounts.
 *
 * <p>The report is meant to be opened in a spreadsheet, and its text comes from the input (an id
 * such as {@code =HYPERLINK(…)} or {@code @SUM(1)}): every text cell is written through
 * {@link SpreadsheetFormulas#neutralise}, so none runs as a formula (OWASP CSV injection); the
 * line and column stay numbers.
 */
@API(status = API.Status.STABLE)
public final class RejectsCsvWriter implements AutoCloseable {

    private final CsvRowWriter rows;

    public RejectsCsvWriter(Writer out) throws IOException {
        rows = new CsvRowWriter(out);
        rows.row("source", "line", "column", "adapter", "id", "field", "message");
    }

    public void write(Rejection rejection) throws IOException {
        for (Violation v : rejection.violations()) {
            rows.row(SpreadsheetFormulas.neutralise(v.position().source()),
                    v.position().line().isPresent() ? Long.toString(v.position().line().getAsLong()) : "",
                    v.position().column().isPresent() ? Integer.toString(v.position().column().getAsInt()) : "",
                    SpreadsheetFormulas.neutralise(rejection.adapter()),
                    SpreadsheetFormulas.neutralise(rejection.id().orElse("")),
                    SpreadsheetFormulas.neutralise(v.field()),
                    SpreadsheetFormulas.neutralise(v.message()));
        }
    }

    @Override
    public void close() throws IOException {
        rows.close();
    }
}
