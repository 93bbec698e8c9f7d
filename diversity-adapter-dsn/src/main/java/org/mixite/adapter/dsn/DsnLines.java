package org.mixite.adapter.dsn;

import java.io.IOException;
import java.io.Reader;
import org.mixite.spi.InputException;
import org.mixite.spi.validation.SourcePosition;

/**
 * The lines of a DSN file, each at most {@link DsnLimits#MAX_LINE_CHARS} characters: a longer
 * line stops the file with an {@link InputException} at once, before it is held in memory (a
 * file of one 2 GB line ends in milliseconds). Line ends are LF, CRLF or a lone CR.
 */
final class DsnLines implements AutoCloseable {

    private final String source;
    private final Reader in;
    private final char[] buffer = new char[1 << 16];
    private int position;
    private int limit;
    private long number;
    private final StringBuilder line = new StringBuilder(256);

    DsnLines(String source, Reader in) {
        this.source = source;
        this.in = in;
    }

    /** The next line without its end, or null at the end of the file. */
    String readLine() throws IOException {
        line.setLength(0);
        boolean any = false;
        while (true) {
            if (position == limit) {
                limit = in.read(buffer, 0, buffer.length);
                position = 0;
                if (limit <= 0) {
                    limit = 0;
                    if (!any) {
                        return null;
                    }
                    number++;
                    return line.toString();
                }
            }
            any = true;
            int start = position;
            while (position < limit && buffer[position] != '\n' && buffer[position] != '\r') {
                position++;
            }
            if (line.length() + position - start > DsnLimits.MAX_LINE_CHARS) {
                throw new InputException(SourcePosition.of(source, number + 1), "line longer than "
                        + String.format(java.util.Locale.ROOT, "%,d", DsnLimits.MAX_LINE_CHARS)
                        + " characters: not a DSN line (the norm's longest value is a few hundred characters); reading stops here");
            }
            if (position < limit && line.isEmpty()) {
                // The whole line is in the buffer (the usual case): one copy, not two.
                String whole = new String(buffer, start, position - start);
                endLine();
                return whole;
            }
            line.append(buffer, start, position - start);
            if (position < limit) {
                endLine();
                return line.toString();
            }
        }
    }

    /** Past the line end at {@code position} (CR, LF or CRLF); counts the line. */
    private void endLine() throws IOException {
        char end = buffer[position++];
        if (end == '\r') {
            skipLineFeed();
        }
        number++;
    }

    /** After a CR, a LF that follows belongs to the same line end. */
    private void skipLineFeed() throws IOException {
        if (position == limit) {
            limit = in.read(buffer, 0, buffer.length);
            position = 0;
            if (limit <= 0) {
                limit = 0;
                return;
            }
        }
        if (buffer[position] == '\n') {
            position++;
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
