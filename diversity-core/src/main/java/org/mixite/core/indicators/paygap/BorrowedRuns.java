package org.mixite.core.indicators.paygap;

import java.util.Arrays;

/**
 * Values a merge took over from another series without copying them: the first {@code sizes[i]}
 * of {@code arrays[i]}, read only (their owner only adds past them). {@link LongValues} and
 * {@link PayValues} count them as their own, read them in place ({@link #chunks}) and copy them
 * into their own array only when they must ({@link #appendTo}).
 */
final class BorrowedRuns {

    private long[][] arrays = new long[0][];
    private int[] sizes = new int[0];
    private int total;

    boolean isEmpty() {
        return arrays.length == 0;
    }

    /** How many values are borrowed. */
    int total() {
        return total;
    }

    /** Takes over another series' {@code values[0, size)} and the runs it had borrowed itself. */
    void borrow(long[] values, int size, BorrowedRuns theirs) {
        int n = arrays.length;
        arrays = Arrays.copyOf(arrays, n + 1 + theirs.arrays.length);
        sizes = Arrays.copyOf(sizes, arrays.length);
        arrays[n] = values;
        sizes[n] = size;
        System.arraycopy(theirs.arrays, 0, arrays, n + 1, theirs.arrays.length);
        System.arraycopy(theirs.sizes, 0, sizes, n + 1, theirs.arrays.length);
        total = Math.addExact(total, Math.addExact(size, theirs.total));
    }

    /** The owner's {@code values[0, size)} followed by the borrowed runs, read in place. */
    Chunks chunks(long[] values, int size) {
        if (isEmpty()) {
            return Chunks.of(values, size);
        }
        long[][] all = new long[arrays.length + 1][];
        int[] allSizes = new int[all.length];
        all[0] = values;
        allSizes[0] = size;
        System.arraycopy(arrays, 0, all, 1, arrays.length);
        System.arraycopy(sizes, 0, allSizes, 1, arrays.length);
        return new Chunks(all, allSizes, size + total);
    }

    /** A new array of the owner's {@code values[0, size)} then the borrowed runs; nothing is borrowed after. */
    long[] appendTo(long[] values, int size) {
        long[] all = Arrays.copyOf(values, Math.addExact(size, total));
        int at = size;
        for (int i = 0; i < arrays.length; i++) {
            System.arraycopy(arrays[i], 0, all, at, sizes[i]);
            at += sizes[i];
        }
        arrays = new long[0][];
        sizes = new int[0];
        total = 0;
        return all;
    }
}
