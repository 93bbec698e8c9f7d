package org.mixite.core.indicators.paygap;

import java.util.Arrays;

/**
 * Two series of values (women's and men's pay) counted in one histogram each, over 2¹² buckets
 * of their common range, so a value at a given rank costs two passes — the histogram, then the
 * values of the few buckets that hold the wanted ranks — instead of a sort. The series are read,
 * never reordered. Used by {@link Selection#atRanks} and {@link OrderStatistics}.
 */
final class Histograms {

    /**
     * 2¹² buckets: the counts of both sexes and the wanted slots (48 KB) stay in a core's first-level
     * cache while a million values are counted into them at random; 2¹⁶ buckets (768 KB) did not,
     * and made the pay gaps' results a third slower. The wanted buckets are larger (a few hundred
     * values each for a million), and are selected in.
     */
    private static final int BUCKET_BITS = 12;

    final Chunks women;
    final Chunks men;
    final int nWomen;
    final int nMen;
    final long min;
    final int shift;
    final int[] womenCounts;
    final int[] menCounts;
    /** The wanted buckets: slot of each bucket (-1 when not wanted), the bucket of each slot, and their values by sex. */
    final int[] slot;
    int[] wantedBuckets = new int[8];
    long[][] womenValues;
    long[][] menValues;
    int wanted;

    private Histograms(Chunks women, Chunks men, long min, long span) {
        this.women = women;
        this.men = men;
        this.nWomen = women.size();
        this.nMen = men.size();
        this.min = min;
        this.shift = Math.max(0, 64 - Long.numberOfLeadingZeros(span) - BUCKET_BITS);
        int buckets = (int) (span >>> shift) + 1;
        womenCounts = histogram(women, buckets);
        menCounts = histogram(men, buckets);
        slot = new int[buckets];
        Arrays.fill(slot, -1);
    }

    /** The histograms of {@code women[0, nWomen)} and {@code men[0, nMen)}; empty when there is no value or the values lie more than 2⁶³ apart. */
    static java.util.Optional<Histograms> of(long[] women, int nWomen, long[] men, int nMen) {
        return of(Chunks.of(women, nWomen), Chunks.of(men, nMen));
    }

    /** The same over values held in several arrays each, read in place. */
    static java.util.Optional<Histograms> of(Chunks women, Chunks men) {
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        for (Chunks sex : new Chunks[] {women, men}) {
            for (int c = 0; c < sex.arrays().length; c++) {
                long[] values = sex.arrays()[c];
                for (int i = 0, n = sex.sizes()[c]; i < n; i++) {
                    min = Math.min(min, values[i]);
                    max = Math.max(max, values[i]);
                }
            }
        }
        long span = max - min;
        return women.size() + men.size() == 0 || span < 0 ? java.util.Optional.empty()
                : java.util.Optional.of(new Histograms(women, men, min, span));
    }

    private int[] histogram(Chunks chunks, int buckets) {
        int[] counts = new int[buckets];
        for (int c = 0; c < chunks.arrays().length; c++) {
            long[] values = chunks.arrays()[c];
            for (int i = 0, n = chunks.sizes()[c]; i < n; i++) {
                counts[bucket(values[i])]++;
            }
        }
        return counts;
    }

    int bucket(long value) {
        return (int) ((value - min) >>> shift);
    }

    /**
     * For each rank among the women's values, the men's, or both, its bucket and its rank within
     * the bucket (pairs); marks the buckets wanted. Call {@link #extract} once every rank is located.
     */
    int[] locate(int[] ranks, boolean ofWomen, boolean ofMen) {
        int[] out = new int[ranks.length * 2];
        for (int r = 0; r < ranks.length; r++) {
            int seen = 0;
            int k = 0;
            while (seen + count(k, ofWomen, ofMen) <= ranks[r]) {
                seen += count(k++, ofWomen, ofMen);
            }
            out[2 * r] = k;
            out[2 * r + 1] = ranks[r] - seen;
            if (slot[k] < 0) {
                if (wanted == wantedBuckets.length) {
                    wantedBuckets = Arrays.copyOf(wantedBuckets, wanted * 2);
                }
                slot[k] = wanted;
                wantedBuckets[wanted++] = k;
            }
        }
        return out;
    }

    private int count(int bucket, boolean ofWomen, boolean ofMen) {
        return (ofWomen ? womenCounts[bucket] : 0) + (ofMen ? menCounts[bucket] : 0);
    }

    /** One pass over each sex's values: the values of the wanted buckets. */
    void extract() {
        womenValues = new long[wanted][];
        menValues = new long[wanted][];
        for (int s = 0; s < wanted; s++) {
            womenValues[s] = new long[womenCounts[wantedBuckets[s]]];
            menValues[s] = new long[menCounts[wantedBuckets[s]]];
        }
        fill(women, womenValues);
        fill(men, menValues);
    }

    private void fill(Chunks chunks, long[][] into) {
        int[] filled = new int[wanted];
        for (int c = 0; c < chunks.arrays().length; c++) {
            long[] values = chunks.arrays()[c];
            for (int i = 0, n = chunks.sizes()[c]; i < n; i++) {
                int s = slot[bucket(values[i])];
                if (s >= 0) {
                    into[s][filled[s]++] = values[i];
                }
            }
        }
    }

    /** The values at located ranks ({@link #locate} with the same sexes), after {@link #extract}. */
    long[] values(int[] located, boolean ofWomen, boolean ofMen) {
        long[] out = new long[located.length / 2];
        for (int r = 0; r < out.length; r++) {
            int s = slot[located[2 * r]];
            long[] w = ofWomen ? womenValues[s] : new long[0];
            long[] m = ofMen ? menValues[s] : new long[0];
            long[] both = Arrays.copyOf(w, w.length + m.length);
            System.arraycopy(m, 0, both, w.length, m.length);
            out[r] = Selection.select(both, both.length, located[2 * r + 1]);
        }
        return out;
    }
}
