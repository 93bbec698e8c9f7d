package org.mixite.spi.load;


/**
 * The ids seen in one load, to refuse duplicates, in memory that stays small for ten million
 * records: an open-addressing table of 64-bit id fingerprints and the line each was first
 * seen at (12 bytes a slot), instead of a {@code HashMap<String, Long>} (about 100 bytes an
 * entry). Two different ids share a fingerprint with probability about n² / 2⁶⁵ (3 × 10⁻⁶ for
 * n = 10⁷), in which case the second is reported as a duplicate of the first.
 */
final class IdRegistry {

    private static final long EMPTY = 0L;

    private long[] fingerprints;
    private int[] lines;
    private int size;

    IdRegistry() {
        this(0);
    }

    /** A registry with room for {@code expected} ids before it grows. */
    IdRegistry(int expected) {
        int slots = 1024;
        while (slots < Integer.MAX_VALUE / 4 && slots * 3L < expected * 4L) {
            slots *= 2;
        }
        fingerprints = new long[slots];
        lines = new int[slots];
    }

    /**
     * Records an id.
     *
     * @return -1 when the id is new; otherwise the line it was first seen at (0 when unknown)
     */
    long firstLineIfSeen(String id, long line) {
        return firstLineIfSeen(fingerprint(id), line);
    }

    /** {@link #firstLineIfSeen(String, long)}, for the id of this {@link #fingerprint}. */
    long firstLineIfSeen(long fingerprint, long line) {
        if (size * 4L >= fingerprints.length * 3L) {
            grow();
        }
        int mask = fingerprints.length - 1;
        for (int slot = (int) fingerprint & mask; ; slot = (slot + 1) & mask) {
            long existing = fingerprints[slot];
            if (existing == EMPTY) {
                fingerprints[slot] = fingerprint;
                lines[slot] = line > 0 && line <= Integer.MAX_VALUE ? (int) line : 0;
                size++;
                return -1;
            }
            if (existing == fingerprint) {
                return lines[slot];
            }
        }
    }

    /** The line an id was first seen at (0 when unknown), or -1 when it was not seen; records nothing. */
    long lineIfSeen(String id) {
        long fingerprint = fingerprint(id);
        int mask = fingerprints.length - 1;
        for (int slot = (int) fingerprint & mask; ; slot = (slot + 1) & mask) {
            long existing = fingerprints[slot];
            if (existing == EMPTY) {
                return -1;
            }
            if (existing == fingerprint) {
                return lines[slot];
            }
        }
    }

    private void grow() {
        long[] oldFingerprints = fingerprints;
        int[] oldLines = lines;
        fingerprints = new long[oldFingerprints.length * 2];
        lines = new int[oldFingerprints.length * 2];
        int mask = fingerprints.length - 1;
        for (int i = 0; i < oldFingerprints.length; i++) {
            long fingerprint = oldFingerprints[i];
            if (fingerprint != EMPTY) {
                int slot = (int) fingerprint & mask;
                while (fingerprints[slot] != EMPTY) {
                    slot = (slot + 1) & mask;
                }
                fingerprints[slot] = fingerprint;
                lines[slot] = oldLines[i];
            }
        }
    }

    /** A 64-bit hash of the id (FNV-1a then a MurmurHash3 finaliser); never {@link #EMPTY}. */
    static long fingerprint(String id) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < id.length(); i++) {
            h ^= id.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h == EMPTY ? 1L : h;
    }

    int size() {
        return size;
    }

    @Override
    public String toString() {
        return "IdRegistry[" + size + " ids]";
    }
}
