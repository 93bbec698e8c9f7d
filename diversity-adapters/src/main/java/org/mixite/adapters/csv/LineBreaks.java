package org.mixite.adapters.csv;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Counts line breaks as Jackson CSV counts lines — {@code \r\n}, {@code \n}, or a lone
 * {@code \r} — over bytes given buffer after buffer, eight bytes at a time: a word without a
 * {@code \r} (and not after one) adds its {@code \n} bytes, found with a word-wide test; any
 * other word is counted byte by byte.
 */
final class LineBreaks {

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long LOW7 = 0x7F7F7F7F7F7F7F7FL;
    private static final long NEWLINES = 0x0A0A0A0A0A0A0A0AL;
    private static final long RETURNS = 0x0D0D0D0D0D0D0D0DL;

    private long total;
    private boolean afterCr;

    /** Counts the breaks of {@code bytes[0, n)}, which follow the bytes counted before. */
    void count(byte[] bytes, int n) {
        int i = 0;
        for (; i + 8 <= n; i += 8) {
            long word = (long) LONGS.get(bytes, i);
            long returns = zeroBytes(word ^ RETURNS);
            if (returns == 0 && !afterCr) {
                total += Long.bitCount(zeroBytes(word ^ NEWLINES));
            } else {
                bytewise(bytes, i, i + 8);
            }
        }
        bytewise(bytes, i, n);
    }

    long total() {
        return total;
    }

    /** 0x80 in each byte of {@code x} that is zero, 0 in the others (exact: no borrow between bytes). */
    static long zeroBytes(long x) {
        long t = ((x & LOW7) + LOW7) | x;
        return ~(t | LOW7);
    }

    private void bytewise(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            byte b = bytes[i];
            if (b == '\n') {
                if (!afterCr) {
                    total++;
                }
                afterCr = false;
            } else if (b == '\r') {
                total++;
                afterCr = true;
            } else {
                afterCr = false;
            }
        }
    }
}
