package org.mixite.core.indicators.paygap;

import java.util.Arrays;

/**
 * A growable array of {@code long} amounts (nano- or micro-euros), selected from when read: the exact
 * order statistics of the pay-gap figures without boxing a value per employee.
 */
final class LongValues {

    private long[] values = new long[64];
    private int size;
    /**
     * Values taken over by {@link #addAll} without copying them (the first {@code borrowedSizes[i]}
     * of another one's {@code borrowed[i]}, read only: that one only adds past them), copied into
     * {@code values} when read.
     */
    private long[][] borrowed = new long[0][];
    private int[] borrowedSizes = new int[0];
    private int borrowedTotal;

    void add(long value) {
        if (size == values.length) {
            // by half, not double: ten million values (a 1 GB heap's stream) waste a third at most, and a growth holds 2.5×, not 3×
            values = Arrays.copyOf(values, size + (size >> 1) + 16);
        }
        values[size++] = value;
    }

    void addAll(LongValues other) {
        if (other == this) {
            other.readable();
            int n = size;
            values = Arrays.copyOf(values, Math.max(values.length, Math.addExact(n, n)));
            System.arraycopy(values, 0, values, n, n);
            size += n;
            return;
        }
        int chunks = borrowed.length;
        borrowed = Arrays.copyOf(borrowed, chunks + 1 + other.borrowed.length);
        borrowedSizes = Arrays.copyOf(borrowedSizes, borrowed.length);
        borrowed[chunks] = other.values;
        borrowedSizes[chunks] = other.size;
        System.arraycopy(other.borrowed, 0, borrowed, chunks + 1, other.borrowed.length);
        System.arraycopy(other.borrowedSizes, 0, borrowedSizes, chunks + 1, other.borrowed.length);
        borrowedTotal = Math.addExact(borrowedTotal, other.size());
    }

    int size() {
        return size + borrowedTotal;
    }

    /** The values, read in place: {@code values[0, size)} and the borrowed ones. */
    private Chunks chunks() {
        long[][] arrays = new long[borrowed.length + 1][];
        int[] sizes = new int[arrays.length];
        arrays[0] = values;
        sizes[0] = size;
        System.arraycopy(borrowed, 0, arrays, 1, borrowed.length);
        System.arraycopy(borrowedSizes, 0, sizes, 1, borrowed.length);
        return new Chunks(arrays, sizes, size());
    }

    /** Copies the borrowed values into {@code values} (a merge with itself). */
    private void readable() {
        if (borrowed.length == 0) {
            return;
        }
        long[] all = Arrays.copyOf(values, Math.addExact(size, borrowedTotal));
        for (int i = 0; i < borrowed.length; i++) {
            System.arraycopy(borrowed[i], 0, all, size, borrowedSizes[i]);
            size += borrowedSizes[i];
        }
        values = all;
        borrowed = new long[0][];
        borrowedSizes = new int[0];
        borrowedTotal = 0;
    }

    /**
     * The highest value and the two middle values of all the others (lower, upper; equal when
     * their count is odd); at least two values. The others are every value but one highest, so
     * their ranks are the same as among all the values.
     */
    long[] highestAndMiddleOfOthers() {
        int n = size();
        if (n < 2) {
            throw new IllegalStateException("needs two values, has " + n);
        }
        int others = n - 1;
        return Selection.atRanks(chunks(), Chunks.NONE, n - 1, (others - 1) / 2, others / 2);
    }
}
