package org.mixite.adapters.csv;

import java.util.Arrays;

/**
 * What a column's field gave for the same bytes the last times, looked up by the bytes
 * themselves: a coded or text column has few distinct values, and a lookup then costs a hash
 * and a comparison of a few bytes instead of a {@code String} per field. Open addressing, no
 * removal; once {@link #limit} keys are held it keeps them and remembers no more (the caller
 * then computes the value each time). Keys of at most 7 bytes (most coded values: {@code M},
 * {@code true}, {@code 35.0}, a job code) are packed into a {@code long} with their length and
 * looked up in a table of their own: a multiplication and a comparison. One per column and
 * thread.
 */
final class ByteMemo {

    private static final int SHORT_KEY = 7;

    private final int limit;
    private byte[][] keys;
    private Object[] values;
    private int[] hashes;
    private int size;
    /** Packed short keys ({@link #pack}; 0 marks an empty slot), and their values. */
    private long[] shortKeys = new long[16];
    private Object[] shortValues = new Object[16];
    private int shortSize;

    ByteMemo(int limit) {
        this.limit = limit;
        keys = new byte[16][];
        values = new Object[16];
        hashes = new int[16];
    }

    /** The key's bytes in the low 56 bits, its length plus one in the top 8: never 0. */
    private static long pack(byte[] bytes, int from, int to) {
        long packed = (long) (to - from + 1) << 56;
        for (int i = from, shift = 0; i < to; i++, shift += 8) {
            packed |= (bytes[i] & 0xFFL) << shift;
        }
        return packed;
    }

    private static int slot(long packed, int mask) {
        return (int) ((packed * 0x9E3779B97F4A7C15L) >>> 40) & mask;
    }

    /** The value remembered for {@code bytes[from, to)}, or null. */
    Object get(byte[] bytes, int from, int to) {
        if (to - from <= SHORT_KEY) {
            long packed = pack(bytes, from, to);
            long[] table = shortKeys;
            int mask = table.length - 1;
            for (int i = slot(packed, mask); ; i = (i + 1) & mask) {
                long key = table[i];
                if (key == packed) {
                    return shortValues[i];
                }
                if (key == 0) {
                    return null;
                }
            }
        }
        int hash = hash(bytes, from, to);
        int mask = keys.length - 1;
        for (int i = hash & mask; ; i = (i + 1) & mask) {
            byte[] key = keys[i];
            if (key == null) {
                return null;
            }
            if (hashes[i] == hash && Arrays.equals(key, 0, key.length, bytes, from, to)) {
                return values[i];
            }
        }
    }

    /** Remembers {@code value} (not null) for {@code bytes[from, to)}, unless {@link #limit} keys are held. */
    void put(byte[] bytes, int from, int to, Object value) {
        if (to - from <= SHORT_KEY) {
            putShort(pack(bytes, from, to), value);
            return;
        }
        if (size >= limit) {
            return;
        }
        if ((size + 1) * 2 > keys.length) {
            grow();
        }
        int hash = hash(bytes, from, to);
        int mask = keys.length - 1;
        int i = hash & mask;
        while (keys[i] != null) {
            if (hashes[i] == hash && Arrays.equals(keys[i], 0, keys[i].length, bytes, from, to)) {
                values[i] = value;
                return;
            }
            i = (i + 1) & mask;
        }
        keys[i] = Arrays.copyOfRange(bytes, from, to);
        hashes[i] = hash;
        values[i] = value;
        size++;
    }

    private void putShort(long packed, Object value) {
        if (shortSize >= limit) {
            return;
        }
        if ((shortSize + 1) * 2 > shortKeys.length) {
            long[] oldKeys = shortKeys;
            Object[] oldValues = shortValues;
            shortKeys = new long[oldKeys.length * 2];
            shortValues = new Object[oldKeys.length * 2];
            shortSize = 0;
            for (int j = 0; j < oldKeys.length; j++) {
                if (oldKeys[j] != 0) {
                    putShort(oldKeys[j], oldValues[j]);
                }
            }
        }
        int mask = shortKeys.length - 1;
        int i = slot(packed, mask);
        while (shortKeys[i] != 0 && shortKeys[i] != packed) {
            i = (i + 1) & mask;
        }
        if (shortKeys[i] == 0) {
            shortSize++;
        }
        shortKeys[i] = packed;
        shortValues[i] = value;
    }

    private void grow() {
        byte[][] oldKeys = keys;
        Object[] oldValues = values;
        int[] oldHashes = hashes;
        keys = new byte[oldKeys.length * 2][];
        values = new Object[oldKeys.length * 2];
        hashes = new int[oldKeys.length * 2];
        int mask = keys.length - 1;
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldKeys[j] != null) {
                int i = oldHashes[j] & mask;
                while (keys[i] != null) {
                    i = (i + 1) & mask;
                }
                keys[i] = oldKeys[j];
                hashes[i] = oldHashes[j];
                values[i] = oldValues[j];
            }
        }
    }

    private static int hash(byte[] bytes, int from, int to) {
        int h = to - from;
        for (int i = from; i < to; i++) {
            h = 31 * h + bytes[i];
        }
        return h ^ (h >>> 16);
    }
}
