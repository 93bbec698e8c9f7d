package org.mixite.adapters.csv;

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

    private final CsvRowWriter rows;

    public RejectsCsvWriter(Writer out) throws IOException {
        rows = new CsvRowWriter(out);
        rows.row("source", "line", "column", "adapter", "id", "field", "message");
    }

    public void write(Rejection rejection) throws IOException {
        for (Violation v : rejection.violations()) {
            rows.row(v.position().source(),
                    v.position().line().isPresent() ? Long.toString(v.position().line().getAsLong()) : "",
                    v.position().column().isPresent() ? Integer.toString(v.position().column().getAsInt()) : "",
                    rejection.adapter(),
                    rejection.id().orElse(""),
                    v.field(),
                    v.message());
        }
    }

    @Override
    public void close() throws IOException {
        rows.close();
    }
}
