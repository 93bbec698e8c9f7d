package org.mixite.adapters.csv;

import java.io.Closeable;
import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/**
 * The lines of a byte range of a file, one after the other, in a buffer refilled as they are
 * read: a line is {@code bytes()[start(), end())}, its {@code \n} (if any) at {@code end()}.
 * Lines are split at {@code \n} only; a {@code \r} stays in the line (see {@link #breaks} for the
 * line breaks Jackson counts in it). A line longer than {@link #LONGEST_LINE} bytes fails the
 * read (the caller then reads the input in one piece, whose reader reports it).
 */
final class RangeLines implements Closeable {

    /** The longest line held: past the CSV reader's own limits (10 million characters a row). */
    static final int LONGEST_LINE = 64 << 20;
    private static final int BUFFER = 1 << 20;
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long NEWLINES = 0x0A0A0A0A0A0A0A0AL;

    private final FileChannel channel;
    private final long end;
    /** The file position of {@code bytes[0]}. */
    private long base;
    private byte[] bytes = new byte[BUFFER];
    private int filled;
    private int start;
    private int lineEnd;
    private int next;
    private boolean lineBreak;

    RangeLines(Path file, long start, long end) throws IOException {
        this.channel = FileChannel.open(file, StandardOpenOption.READ);
        this.base = start;
        this.end = end;
    }

    /** Moves to the next line; false past the range's last. */
    boolean next() throws IOException {
        start = next;
        int from = start;
        while (true) {
            int i = newline(bytes, from, filled);
            if (i >= 0) {
                lineEnd = i;
                next = i + 1;
                lineBreak = true;
                return true;
            }
            from = filled - start;
            if (!refill()) {
                if (start == filled) {
                    return false;
                }
                lineEnd = filled;
                next = filled;
                lineBreak = false;
                return true;
            }
        }
    }

    /** The first {@code \n} in {@code bytes[from, to)}, or -1; eight bytes at a time. */
    static int newline(byte[] bytes, int from, int to) {
        int i = from;
        for (; i + 8 <= to; i += 8) {
            long found = LineBreaks.zeroBytes((long) LONGS.get(bytes, i) ^ NEWLINES);
            if (found != 0) {
                return i + (Long.numberOfTrailingZeros(found) >>> 3);
            }
        }
        for (; i < to; i++) {
            if (bytes[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    /** Keeps the current line's bytes at the buffer's start and reads more after them; false at the range's end. */
    private boolean refill() throws IOException {
        long position = base + filled;
        if (position >= end) {
            return false;
        }
        int kept = filled - start;
        if (kept == bytes.length) {
            if (bytes.length >= LONGEST_LINE) {
                throw new IOException("a line of more than " + LONGEST_LINE + " bytes");
            }
            bytes = Arrays.copyOf(bytes, bytes.length * 2);
        }
        System.arraycopy(bytes, start, bytes, 0, kept);
        base += start;
        start = 0;
        filled = kept;
        ByteBuffer into = ByteBuffer.wrap(bytes, filled, (int) Math.min(bytes.length - filled, end - position));
        int n = channel.read(into, position);
        if (n <= 0) {
            throw new IOException("the file ended before its range");
        }
        filled += n;
        return true;
    }

    byte[] bytes() {
        return bytes;
    }

    int start() {
        return start;
    }

    /** Where the line's {@code \n} is, or the range's end. */
    int end() {
        return lineEnd;
    }

    /** Whether the line ends with a {@code \n} (only the range's last line may not). */
    boolean lineBreak() {
        return lineBreak;
    }

    /** The file position just after the line and its {@code \n}. */
    long after() {
        return base + next;
    }

    /** The line with its {@code \n}: {@code bytes()[start(), end() + 1)}, or to the range's end. */
    int through() {
        return next;
    }

    /** Line breaks as Jackson counts them in {@code bytes[from, to)}: {@code \r\n}, {@code \n}, or a lone {@code \r}. */
    static int breaks(byte[] bytes, int from, int to) {
        int breaks = 0;
        for (int i = from; i < to; i++) {
            byte b = bytes[i];
            if (b == '\n' || (b == '\r' && (i + 1 == to || bytes[i + 1] != '\n'))) {
                breaks++;
            }
        }
        return breaks;
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
