package org.mixite.adapters.csv;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Consecutive lines of a range that are not plain ({@link PlainLines}), gathered for Jackson CSV,
 * the general tokenizer: they are handed over together once they end outside a quoted field, so
 * that Jackson reads them from a row's start to a row's end as it would have read them within
 * the whole range. Whether a line ends inside a quoted field is followed as Jackson does (a
 * {@code "} at a field's start opens one, {@code ""} inside is a quote, another {@code "} closes
 * it); if this ever disagreed with Jackson, Jackson would meet the end of the text inside a
 * quoted field and fail, and the input would be read in one piece — never a different result.
 */
final class FallbackLines {

    private final byte delimiter;
    private byte[] bytes = new byte[1 << 12];
    private int size;
    private long firstLine;
    private boolean quoted;
    private boolean fieldStart = true;

    FallbackLines(char delimiter) {
        this.delimiter = (byte) delimiter;
    }

    boolean isEmpty() {
        return size == 0;
    }

    int size() {
        return size;
    }

    /** Whether the lines so far end inside a quoted field. */
    boolean insideQuotes() {
        return quoted;
    }

    /** The line number of the first line held. */
    long firstLine() {
        return firstLine;
    }

    /** Adds a line with its line break ({@code line[from, to)}), which is line {@code number} of the input. */
    void add(byte[] line, int from, int to, long number) {
        if (size == 0) {
            firstLine = number;
        }
        if (size + (to - from) > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + (to - from)));
        }
        System.arraycopy(line, from, bytes, size, to - from);
        size += to - from;
        for (int i = from; i < to; i++) {
            byte b = line[i];
            if (quoted) {
                if (b == '"') {
                    if (i + 1 < to && line[i + 1] == '"') {
                        i++;
                    } else {
                        quoted = false;
                        fieldStart = false;
                    }
                }
            } else if (b == '"' && fieldStart) {
                quoted = true;
                fieldStart = false;
            } else {
                fieldStart = b == delimiter || b == '\n' || b == '\r';
            }
        }
    }

    /** The lines' text, decoded as the range's reader decodes it (bytes that are not UTF-8 become U+FFFD). */
    Reader text() throws IOException {
        try {
            return new StringReader(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .decode(ByteBuffer.wrap(bytes, 0, size)).toString());
        } catch (CharacterCodingException e) {
            throw new IOException(e);
        }
    }

    /** Forgets the lines, after they were read; the next line starts a row. */
    void clear() {
        size = 0;
        quoted = false;
        fieldStart = true;
        if (bytes.length > 1 << 22) {
            bytes = new byte[1 << 12];
        }
    }
}
