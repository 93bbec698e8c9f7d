package org.mixite.adapter.dsn;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import org.mixite.spi.InputException;
import org.mixite.spi.validation.SourcePosition;

/**
 * The lines of a DSN file, each at most {@link DsnLimits#MAX_LINE_CHARS} characters: a longer
 * line stops the file with an {@link InputException} at once, before it is held in memory (a
 * file of one 2 GB line ends in milliseconds). Line ends are LF, CRLF or a lone CR.
 *
 * <p>An ISO-8859-1 file is read as bytes ({@link #latin1}): each byte is its character, so a line
 * is one copy of its bytes, with no decoding into a char buffer and no compaction back into a
 * Latin-1 string (issue 20: that was a fifth of a year's read). Any other encoding goes through a
 * {@link Reader}; both give the same lines ({@code DsnParsingProperties}).
 */
final class DsnLines implements AutoCloseable {

    /** Bytes per read in byte mode: more than the longest line allowed and its end, so that a whole line always fits. */
    private static final int BYTE_BUFFER = 1 << 17;

    private final String source;
    private final Reader in;
    private final char[] buffer;
    private final InputStream bytesIn;
    private final byte[] bytes;
    private boolean endOfBytes;
    /** Byte mode: the end (its CR or LF, or the end of the file) of the current line, which starts at {@link #position}; -1 if none. */
    private int current = -1;
    /** Character mode: the current line. */
    private String currentText;
    private int position;
    private int limit;
    private long number;
    private final StringBuilder line = new StringBuilder(256);
    /**
     * Byte mode: the values met last, by a hash of their bytes (direct-mapped, the newest wins a slot):
     * most lines carry a code, a date or an amount that many lines share, whose string (and its
     * Optional) is then made once, not once per line (issue 20: a fifth of a year's read was the
     * allocation of each line's objects). Only values of at most {@link #SHORT_VALUE} bytes.
     */
    private final byte[][] valueBytes;
    private final Optional<String>[] values;

    /** Lines of characters decoded by {@code in}. */
    DsnLines(String source, Reader in) {
        this.source = source;
        this.in = in;
        this.buffer = new char[1 << 16];
        this.bytesIn = null;
        this.bytes = null;
        this.valueBytes = null;
        this.values = null;
    }

    @SuppressWarnings("unchecked")
    private DsnLines(String source, InputStream in, int bufferSize, int valueSlots) {
        if (bufferSize <= DsnLimits.MAX_LINE_CHARS + 1) {
            throw new IllegalArgumentException("the buffer must hold the longest line and its end");
        }
        if (Integer.bitCount(valueSlots) != 1) {
            throw new IllegalArgumentException("the value slots must be a power of two, was " + valueSlots);
        }
        this.source = source;
        this.in = null;
        this.buffer = null;
        this.bytesIn = in;
        this.bytes = new byte[bufferSize];
        this.valueBytes = new byte[valueSlots][];
        this.values = new Optional[valueSlots];
    }

    /** Lines of an ISO-8859-1 byte stream, read without a decoder. */
    static DsnLines latin1(String source, InputStream in) {
        return new DsnLines(source, in, BYTE_BUFFER, VALUE_SLOTS);
    }

    /** {@link #latin1} with a buffer of {@code bufferSize} bytes (tests: lines across refills). */
    static DsnLines latin1(String source, InputStream in, int bufferSize) {
        return new DsnLines(source, in, bufferSize, VALUE_SLOTS);
    }

    /** {@link #latin1} with {@code valueSlots} (a power of two) values remembered (tests: values sharing a slot). */
    static DsnLines latin1(String source, InputStream in, int bufferSize, int valueSlots) {
        return new DsnLines(source, in, bufferSize, valueSlots);
    }

    private static final int VALUE_SLOTS = 1024;
    /** The longest value remembered: codes, dates DDMMYYYY, amounts below a million; not NIRs nor names. */
    static final int SHORT_VALUE = 10;

    /** Byte mode: the value {@code b[from, from + length)} (not empty), the same string as before when it was met last. */
    Optional<String> value(byte[] b, int from, int length) {
        if (length > SHORT_VALUE) {
            return Optional.of(new String(b, from, length, StandardCharsets.ISO_8859_1));
        }
        int hash = length;
        for (int i = from; i < from + length; i++) {
            hash = 31 * hash + b[i];
        }
        int slot = (hash ^ (hash >>> 7) ^ (hash >>> 15)) & (values.length - 1);
        byte[] known = valueBytes[slot];
        if (known != null && Arrays.equals(known, 0, known.length, b, from, from + length)) {
            return values[slot];
        }
        Optional<String> value = Optional.of(new String(b, from, length, StandardCharsets.ISO_8859_1));
        valueBytes[slot] = Arrays.copyOfRange(b, from, from + length);
        values[slot] = value;
        return value;
    }

    /** The next line without its end, or null at the end of the file. */
    String readLine() throws IOException {
        return next() ? text() : null;
    }

    /**
     * Moves to the next line, which {@link #text()} and {@link #parse(long)} then give; false at the
     * end of the file.
     */
    boolean next() throws IOException {
        if (bytes == null) {
            currentText = readDecodedLine();
            return currentText != null;
        }
        if (current >= 0) {
            endBytesLine(current);
            current = -1;
        }
        if (!startLine()) {
            return false;
        }
        current = lineEnd();
        return true;
    }

    /** The current line without its end. */
    String text() {
        return bytes == null ? currentText : new String(bytes, position, current - position, StandardCharsets.ISO_8859_1);
    }

    /**
     * {@link DsnLine#parse(String, long)} of the current line; in byte mode without making the whole
     * line a string when it is a plain quoted rubric.
     */
    Optional<DsnLine> parse(long number) {
        return bytes == null ? DsnLine.parse(currentText, number) : DsnLine.parse(bytes, position, current, number, this);
    }

    /** Character mode: the next line, or null at the end. */
    private String readDecodedLine() throws IOException {
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
                throw tooLong();
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

    /**
     * The next line that, past its leading white space ({@link String#stripLeading()}), starts with one
     * of {@code prefixes} (ASCII); the lines before it are skipped (still counted, and still held to
     * the length limit). Null at the end of the file. In byte mode the skipped lines never become
     * strings: the declarations' prescan wants three blocks out of a whole file.
     */
    String readLineStartingWith(byte[][] prefixes) throws IOException {
        if (bytes == null) {
            String[] starts = new String[prefixes.length];
            for (int i = 0; i < prefixes.length; i++) {
                starts[i] = new String(prefixes[i], StandardCharsets.ISO_8859_1);
            }
            String text;
            while ((text = readLine()) != null) {
                String start = text.stripLeading();
                for (String prefix : starts) {
                    if (start.startsWith(prefix)) {
                        return text;
                    }
                }
            }
            return null;
        }
        while (next()) {
            int end = current;
            int first = position;
            while (first < end && whitespace(bytes[first])) {
                first++;
            }
            for (byte[] prefix : prefixes) {
                if (startsWith(first, end, prefix)) {
                    return text();
                }
            }
        }
        return null;
    }

    /** Compared from the end: the prefixes wanted share their start with most lines ({@code S21.G00.}). */
    private boolean startsWith(int from, int end, byte[] prefix) {
        if (end - from < prefix.length) {
            return false;
        }
        for (int i = prefix.length - 1; i >= 0; i--) {
            if (bytes[from + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * {@link Character#isWhitespace} of the ISO-8859-1 character {@code b} (TAB to CR, the four
     * separators 0x1C–0x1F, space; not the no-break space 0xA0 nor NEL 0x85), as
     * {@link String#stripLeading()} tests it.
     */
    static boolean whitespace(byte b) {
        return (b >= 0x09 && b <= 0x0D) || (b >= 0x1C && b <= 0x20);
    }

    /** Byte mode: whether a line starts at {@link #position} (data is there, or the file has not ended). */
    private boolean startLine() throws IOException {
        if (position == limit && !endOfBytes) {
            position = 0;
            limit = 0;
            fill();
        }
        return position < limit;
    }

    /**
     * Byte mode: the index of the end of the line starting at {@link #position} (its CR or LF, or the
     * end of the file), refilling the buffer, with the line moved to its start, when the line goes past it.
     */
    private int lineEnd() throws IOException {
        int i = position;
        while (true) {
            i = terminator(bytes, i, limit);
            if (i - position > DsnLimits.MAX_LINE_CHARS) {
                throw tooLong();
            }
            if (i < limit || endOfBytes) {
                return i;
            }
            int scanned = i - position;
            System.arraycopy(bytes, position, bytes, 0, scanned);
            position = 0;
            limit = scanned;
            i = scanned;
            fill();
        }
    }

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;
    private static final long LFS = 0x0A0A0A0A0A0A0A0AL;
    private static final long CRS = 0x0D0D0D0D0D0D0D0DL;

    /**
     * The index of the first CR or LF in {@code b} from {@code from} to {@code to} (exclusive), or
     * {@code to}: eight bytes at a time, with the "has a zero byte" test of each byte xor the line
     * end. That test may also flag a byte above a true match, never below one, so in little-endian
     * order the lowest flagged byte is the first line end.
     */
    static int terminator(byte[] b, int from, int to) {
        int i = from;
        for (; i + Long.BYTES <= to; i += Long.BYTES) {
            long word = (long) LONGS.get(b, i);
            long lf = word ^ LFS;
            long cr = word ^ CRS;
            long found = ((lf - ONES) & ~lf | (cr - ONES) & ~cr) & HIGHS;
            if (found != 0) {
                return i + (Long.numberOfTrailingZeros(found) >>> 3);
            }
        }
        for (; i < to; i++) {
            byte c = b[i];
            if (c == '\n' || c == '\r') {
                return i;
            }
        }
        return to;
    }

    /** Byte mode: reads until the buffer is full or the file ends (the buffer holds at least one free byte). */
    private void fill() throws IOException {
        int n = bytesIn.read(bytes, limit, bytes.length - limit);
        if (n < 0) {
            endOfBytes = true;
        } else {
            limit += n;
        }
    }

    /** Byte mode: past the line ending at {@code end} and its CR, LF or CRLF; counts the line. */
    private void endBytesLine(int end) throws IOException {
        number++;
        position = end;
        if (end == limit) {
            return; // the end of the file
        }
        byte c = bytes[position++];
        if (c == '\r') {
            if (position == limit && !endOfBytes) {
                position = 0;
                limit = 0;
                fill();
            }
            if (position < limit && bytes[position] == '\n') {
                position++;
            }
        }
    }

    private InputException tooLong() {
        return new InputException(SourcePosition.of(source, number + 1), "line longer than "
                + String.format(java.util.Locale.ROOT, "%,d", DsnLimits.MAX_LINE_CHARS)
                + " characters: not a DSN line (the norm's longest value is a few hundred characters); reading stops here");
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
        if (in != null) {
            in.close();
        } else {
            bytesIn.close();
        }
    }
}
