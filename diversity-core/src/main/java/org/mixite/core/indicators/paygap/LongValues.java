package org.mixite.core.indicators.paygap;

import java.util.Arrays;

/**
 * A growable array of {@code long} amounts (nano- or micro-euros), selected from when read: the exact
 * order statistics of the pay-gap figures without boxing a value per employee.
 */
final class LongValues {

    private long[] values = new long[64];
    private int size;

    void add(long value) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = value;
    }

    void addAll(LongValues other) {
        if (size + other.size > values.length) {
            values = Arrays.copyOf(values, Math.max(size + other.size, size * 2));
        }
        System.arraycopy(other.values, 0, values, size, other.size);
        size += other.size;
    }

    int size() {
        return size;
    }

    /**
     * The highest value and the two middle values of all the others (lower, upper; equal when
     * their count is odd); at least two values. The others are every value but one highest, so
     * their ranks are the same as among all the values.
     */
    long[] highestAndMiddleOfOthers() {
        if (size < 2) {
            throw new IllegalStateException("needs two values, has " + size);
        }
        int others = size - 1;
        return Selection.atRanks(values, size, values, 0, size - 1, (others - 1) / 2, others / 2);
    }
}
