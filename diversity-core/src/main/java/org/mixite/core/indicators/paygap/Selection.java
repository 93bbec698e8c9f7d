package org.mixite.core.indicators.paygap;

import java.util.Arrays;

/**
 * Order statistics of {@code long} values without sorting them: a median or a quartile boundary
 * of a million pays costs two passes over the values (a histogram of their high bits, then the
 * few values of the buckets that hold the wanted ranks), where a sort costs about twenty times as
 * much. The inputs are read, never reordered. Within a bucket, and as the reference the
 * properties compare with, a quickselect; a run of unlucky pivots falls back to sorting the
 * remaining range, so the worst case stays n log n.
 */
final class Selection {

    private Selection() {
    }

    /**
     * The values at the given ranks (0-based, each below {@code na + nb}) of the values
     * {@code a[0, na)} and {@code b[0, nb)} taken together, in the order of {@code ranks}: from
     * their {@link Histograms}.
     */
    static long[] atRanks(long[] a, int na, long[] b, int nb, int... ranks) {
        return atRanks(Chunks.of(a, na), Chunks.of(b, nb), ranks);
    }

    /** {@link #atRanks(long[], int, long[], int, int...)} over values held in several arrays, read in place. */
    static long[] atRanks(Chunks a, Chunks b, int... ranks) {
        int n = a.size() + b.size();
        for (int rank : ranks) {
            if (rank < 0 || rank >= n) {
                throw new IndexOutOfBoundsException("rank " + rank + " of " + n + " values");
            }
        }
        return Histograms.of(a, b).map(h -> {
            int[] located = h.locate(ranks, true, true);
            h.extract();
            return h.values(located, true, true);
        }).orElseGet(() -> bySelection(a.flat(), a.size(), b.flat(), b.size(), ranks)); // no value, or more than 2⁶³ apart
    }

    /** {@link #atRanks} on a copy, by quickselect alone. */
    static long[] bySelection(long[] a, int na, long[] b, int nb, int... ranks) {
        long[] all = new long[na + nb];
        System.arraycopy(a, 0, all, 0, na);
        System.arraycopy(b, 0, all, na, nb);
        long[] out = new long[ranks.length];
        for (int r = 0; r < ranks.length; r++) {
            out[r] = select(all, all.length, ranks[r]);
        }
        return out;
    }

    /**
     * The {@code k}-th smallest (0-based) of {@code values[0, size)}, which are reordered so that
     * every value before index {@code k} is ≤ it and every value after is ≥ it.
     */
    static long select(long[] values, int size, int k) {
        if (k < 0 || k >= size) {
            throw new IndexOutOfBoundsException("k = " + k + ", size = " + size);
        }
        int lo = 0;
        int hi = size - 1;
        int budget = 2 * (64 - Long.numberOfLeadingZeros(size)) + 8;
        while (hi > lo) {
            if (budget-- == 0) {
                Arrays.sort(values, lo, hi + 1);
                return values[k];
            }
            long pivot = medianOfThree(values[lo], values[lo + (hi - lo) / 2], values[hi]);
            // Three-way partition: [lo, lt) < pivot, [lt, gt] == pivot, (gt, hi] > pivot; ties end the search at once.
            int lt = lo;
            int gt = hi;
            int i = lo;
            while (i <= gt) {
                long v = values[i];
                if (v < pivot) {
                    values[i++] = values[lt];
                    values[lt++] = v;
                } else if (v > pivot) {
                    values[i] = values[gt];
                    values[gt--] = v;
                } else {
                    i++;
                }
            }
            if (k < lt) {
                hi = lt - 1;
            } else if (k > gt) {
                lo = gt + 1;
            } else {
                return pivot;
            }
        }
        return values[k];
    }

    /** The two middle values of {@code values[0, size)} (size ≥ 1), lower then upper: the same value twice when size is odd. */
    static long[] middle(long[] values, int size) {
        return atRanks(values, size, values, 0, (size - 1) / 2, size / 2);
    }

    /** {@link #middle(long[], int)} of values held in several arrays (at least one value). */
    static long[] middle(Chunks values) {
        return atRanks(values, Chunks.NONE, (values.size() - 1) / 2, values.size() / 2);
    }

    private static long medianOfThree(long a, long b, long c) {
        return Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
    }
}
