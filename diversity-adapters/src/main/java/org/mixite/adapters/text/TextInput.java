package org.mixite.adapters.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.mixite.spi.InputException;
import org.mixite.spi.adapter.InputSource;
import org.mixite.spi.validation.SourcePosition;

/**
 * Opens a text input the way every text adapter must: UTF-8 with or without a byte-order
 * mark, and refused up front when it is binary. Bytes that are not UTF-8 decode to U+FFFD,
 * which {@link org.mixite.spi.text.RowMapper} rejects in the field that holds it: the error
 * then names its line and column, and the rest of the file still loads. (A strict decoder
 * would fail a whole 64 KiB buffer ahead of the row, at the wrong line.)
 */
public final class TextInput {

    /** Bytes inspected to decide whether an input is binary. */
    public static final int SNIFF_BYTES = 8192;

    private TextInput() {
    }

    /**
     * Throws when the first bytes look binary: a NUL byte, or many control characters.
     *
     * @param head the first bytes of the input
     */
    public static void requireText(InputSource input, byte[] head, String format) {
        int controls = 0;
        for (byte b : head) {
            if (b == 0) {
                throw new InputException(SourcePosition.of(input.name()),
                        "is a binary file (it contains NUL bytes), not " + format + " text");
            }
            if (b >= 0 && b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                controls++;
            }
        }
        if (head.length > 0 && controls * 10 > head.length) {
            throw new InputException(SourcePosition.of(input.name()),
                    "is a binary file (too many control characters), not " + format + " text");
        }
    }

    /** The content as a UTF-8 reader, without the byte-order mark; bad bytes become U+FFFD. */
    public static Reader openUtf8(InputSource input) throws IOException {
        InputStream raw = input.open();
        PushbackInputStream in = new PushbackInputStream(raw, 3);
        byte[] bom = in.readNBytes(3);
        boolean hasBom = bom.length == 3 && (bom[0] & 0xFF) == 0xEF && (bom[1] & 0xFF) == 0xBB && (bom[2] & 0xFF) == 0xBF;
        if (!hasBom && bom.length > 0) {
            in.unread(bom);
        }
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE)), 1 << 16);
    }

    /** Skips a UTF-8 byte-order mark at the start of {@code head}. */
    public static String headText(byte[] head) {
        int start = head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF ? 3 : 0;
        // Lenient decoding: this is only for sniffing, the real read is strict.
        return new String(head, start, head.length - start, StandardCharsets.UTF_8);
    }
}
