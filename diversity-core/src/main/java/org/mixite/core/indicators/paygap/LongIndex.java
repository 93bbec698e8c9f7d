package org.mixite.core.indicators.paygap;

import java.util.Arrays;

/**
 * Dense ids for distinct {@code long} keys, in order of first appearance: an open-addressing
 * table of primitives, so a per-row lookup boxes nothing. The last key asked is remembered, for
 * runs of rows with the same key.
 */
final class LongIndex {

    private long[] keys = new long[64];
    private int[] ids = new int[64];
    private long[] byId = new long[32];
    private int size;
    private long lastKey;
    private int lastId = -1;

    /** The id of {@code key}, a new one (the next integer) the first time it is seen. */
    int id(long key) {
        if (lastId >= 0 && key == lastKey) {
            return lastId;
        }
        int mask = keys.length - 1;
        int i = Long.hashCode(key * 0x9E3779B97F4A7C15L) & mask;
        while (ids[i] != 0) {
            if (keys[i] == key) {
                return remember(key, ids[i] - 1);
            }
            i = (i + 1) & mask;
        }
        keys[i] = key;
        ids[i] = size + 1; // 0 marks an empty slot
        if (size == byId.length) {
            byId = Arrays.copyOf(byId, size * 2);
        }
        byId[size] = key;
        int id = size++;
        if (size * 2 > keys.length) {
            grow();
        }
        return remember(key, id);
    }

    private int remember(long key, int id) {
        lastKey = key;
        lastId = id;
        return id;
    }

    /** The number of distinct keys. */
    int size() {
        return size;
    }

    /** The key of an id. */
    long key(int id) {
        return byId[id];
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldIds = ids;
        keys = new long[oldKeys.length * 2];
        ids = new int[keys.length];
        int mask = keys.length - 1;
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldIds[j] != 0) {
                int i = Long.hashCode(oldKeys[j] * 0x9E3779B97F4A7C15L) & mask;
                while (ids[i] != 0) {
                    i = (i + 1) & mask;
                }
                keys[i] = oldKeys[j];
                ids[i] = oldIds[j];
            }
        }
    }
}
