package org.mixite.adapters.csv;

import java.util.Arrays;

/**
 * What a column's field gave for the same bytes the last times, looked up by the bytes
 * themselves: a coded or text column has few distinct values, and a lookup then costs a hash
 * and a comparison of a few bytes instead of a {@code String} per field. Open addressing, no
 * removal; once {@link #limit} keys are held it keeps them and remembers no more (the caller
 * then computes the value each time). One per column and thread.
 */
final class ByteMemo {

    private final int limit;
    private byte[][] keys;
    private Object[] values;
    private int[] hashes;
    private int size;

    ByteMemo(int limit) {
        this.limit = limit;
        keys = new byte[16][];
        values = new Object[16];
        hashes = new int[16];
    }

    /** The value remembered for {@code bytes[from, to)}, or null. */
    Object get(byte[] bytes, int from, int to) {
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
