package org.mixite.core.indicators.paygap;

import java.util.Arrays;

/**
 * A growable array of {@code long} amounts (nano- or micro-euros), sorted once when read: the exact
 * order statistics of the pay-gap figures without boxing a value per employee.
 */
final class LongValues {

    private long[] values = new long[64];
    private int size;
    private boolean sorted = true;

    void add(long value) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = value;
        sorted = false;
    }

    void addAll(LongValues other) {
        if (size + other.size > values.length) {
            values = Arrays.copyOf(values, Math.max(size + other.size, size * 2));
        }
        System.arraycopy(other.values, 0, values, size, other.size);
        size += other.size;
        sorted = false;
    }

    int size() {
        return size;
    }

    /** The values in ascending order (a view; do not modify). */
    long[] sorted() {
        if (!sorted) {
            Arrays.parallelSort(values, 0, size); // the same order as Arrays.sort; large columns use every core
            sorted = true;
        }
        return values;
    }
}
