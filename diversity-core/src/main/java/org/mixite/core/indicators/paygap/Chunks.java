package org.mixite.core.indicators.paygap;

/**
 * Values held in one or more arrays, read in place: a pay series and the arrays it took over in
 * merges, so that the order statistics read them without first copying them into one. The first
 * {@code sizes[i]} of {@code arrays[i]} are read; {@code size} is their total.
 */
record Chunks(long[][] arrays, int[] sizes, int size) {

    static final Chunks NONE = new Chunks(new long[0][], new int[0], 0);

    /** The first {@code size} values of one array. */
    static Chunks of(long[] values, int size) {
        return new Chunks(new long[][] {values}, new int[] {size}, size);
    }

    /** The values in one new array, for the rare paths that need them so (values more than 2⁶³ apart). */
    long[] flat() {
        long[] all = new long[size];
        int at = 0;
        for (int i = 0; i < arrays.length; i++) {
            System.arraycopy(arrays[i], 0, all, at, sizes[i]);
            at += sizes[i];
        }
        return all;
    }
}
