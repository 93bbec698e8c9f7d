package org.mixite.core.indicators.paygap;

import java.util.Arrays;

/**
 * A growable array of {@code long} amounts (nano- or micro-euros), selected from when read: the exact
 * order statistics of the pay-gap figures without boxing a value per employee.
 */
final class LongValues {

    private long[] values = new long[64];
    private int size;
    /** Values taken over by {@link #addAll} without copying them, copied into {@code values} when read. */
    private final BorrowedRuns borrowed = new BorrowedRuns();

    void add(long value) {
        if (size == values.length) {
            // by half, not double: ten million values (a 1 GB heap's stream) waste a third at most, and a growth holds 2.5×, not 3×
            values = Arrays.copyOf(values, size + (size >> 1) + 16);
        }
        values[size++] = value;
    }

    /** Makes room for {@code more} values without growing again (the rows of a table, known in advance). */
    void reserve(int more) {
        if (size + more > values.length) {
            values = Arrays.copyOf(values, Math.max(size + more, size * 2));
        }
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
        borrowed.borrow(other.values, other.size, other.borrowed);
    }

    int size() {
        return size + borrowed.total();
    }

    /** The values, read in place: {@code values[0, size)} and the borrowed ones. */
    private Chunks chunks() {
        return borrowed.chunks(values, size);
    }

    /** Copies the borrowed values into {@code values} (a merge with itself). */
    private void readable() {
        if (!borrowed.isEmpty()) {
            int n = size();
            values = borrowed.appendTo(values, size);
            size = n;
        }
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
