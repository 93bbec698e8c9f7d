package org.mixite.core.indicators.paygap;

import java.util.ArrayList;
import java.util.List;

/**
 * The quartile pay bands of regulations.md, "Quartile bands (UK and EU)":
 * <ol>
 *   <li>rank people from the lowest to the highest hourly pay;</li>
 *   <li>split them into 4 bands as equal as possible, extra people going in order to the lower,
 *       the upper-middle, then the lower-middle band (n = 4q + r: r = 1 → q+1,q,q,q;
 *       r = 2 → q+1,q,q+1,q; r = 3 → q+1,q+1,q+1,q);</li>
 *   <li>where people with the same pay straddle a boundary, spread the women of that tie block
 *       over the bands in proportion to each band's seats in the block, by largest remainder,
 *       ties toward the lower band (UK regulation 13(2)).</li>
 * </ol>
 * The values are never sorted: a few selections place everyone (linear time).
 */
final class Quartiles {

    private Quartiles() {
    }

    /** Band sizes for n people, lower to upper. */
    static int[] sizes(int n) {
        int q = n / 4;
        int r = n % 4;
        int[] sizes = {q, q, q, q};
        // Extra people: lower (0), then upper-middle (2), then lower-middle (1).
        int[] order = {0, 2, 1};
        for (int i = 0; i < r; i++) {
            sizes[order[i]]++;
        }
        return sizes;
    }

    /**
     * The bands of a population, from its pay values in any order (they are not modified): the
     * values on each side of the three inner boundaries are found by selection, not a sort; a
     * tie block is apportioned only where it straddles a boundary, every other person simply
     * counts in the band of their pay.
     *
     * @param women the women's pay values, the first {@code nWomen} read
     * @param men   the men's pay values, the first {@code nMen} read
     */
    static List<QuartileBand> bands(long[] women, int nWomen, long[] men, int nMen) {
        int n = nWomen + nMen;
        int[] bandEnd = bandEnds(n);
        long[] womenIn = new long[4];
        long[] menIn = new long[4];
        Boundaries boundaries = n == 0 ? new Boundaries() : Boundaries.of(women, nWomen, men, nMen, bandEnd);
        boundaries.count(women, nWomen, womenIn, true, -1, null);
        boundaries.count(men, nMen, menIn, false, -1, null);
        return bands(bandEnd, womenIn, menIn, boundaries);
    }

    /** The rank at which each band ends (exclusive), lower to upper. */
    static int[] bandEnds(int n) {
        int[] sizes = sizes(n);
        int[] bandEnd = new int[4];
        for (int b = 0, end = 0; b < 4; b++) {
            end += sizes[b];
            bandEnd[b] = end;
        }
        return bandEnd;
    }

    /** The bands from the people placed outside the straddling tie blocks, once those blocks are apportioned. */
    static List<QuartileBand> bands(int[] bandEnd, long[] womenIn, long[] menIn, Boundaries boundaries) {
        for (int t = 0; t < boundaries.ties; t++) {
            distribute(boundaries.tieLess[t], boundaries.tieWomen[t] + boundaries.tieMen[t], boundaries.tieWomen[t],
                    bandEnd, womenIn, menIn);
        }
        List<QuartileBand> bands = new ArrayList<>(4);
        for (int b = 0; b < 4; b++) {
            long size = womenIn[b] + menIn[b];
            bands.add(new QuartileBand(womenIn[b], menIn[b], Gaps.percent(womenIn[b], size), Gaps.percent(menIn[b], size)));
        }
        return bands;
    }

    /**
     * The three inner boundaries of a population: boundary b lies between ranks {@code bandEnd[b] − 1}
     * and {@code bandEnd[b]}. Where the pays on its two sides are equal, that tie block straddles it.
     */
    static final class Boundaries {
        /** Per boundary: whether it has people on both sides, and the pays just below and just above it. */
        final boolean[] inside = new boolean[3];
        final boolean[] everyoneAbove = new boolean[3];
        final long[] below = new long[3];
        final long[] above = new long[3];
        /** The distinct pays of straddling tie blocks, with the people paid less and the block's women and men. */
        final long[] tiePay = new long[3];
        final int[] tieLess = new int[3];
        final int[] tieWomen = new int[3];
        final int[] tieMen = new int[3];
        int ties;

        static Boundaries of(long[] women, int nWomen, long[] men, int nMen, int[] bandEnd) {
            int n = nWomen + nMen;
            Boundaries boundaries = new Boundaries();
            int[] ranks = new int[6];
            int wanted = 0;
            for (int b = 0; b < 3; b++) {
                int p = bandEnd[b];
                boundaries.everyoneAbove[b] = p <= 0;
                boundaries.inside[b] = p > 0 && p < n;
                if (boundaries.inside[b]) {
                    ranks[wanted++] = p - 1;
                    ranks[wanted++] = p;
                }
            }
            long[] values = wanted == 0 ? new long[0]
                    : Selection.atRanks(women, nWomen, men, nMen, java.util.Arrays.copyOf(ranks, wanted));
            for (int b = 0, next = 0; b < 3; b++) {
                if (boundaries.inside[b]) {
                    boundaries.below[b] = values[next++];
                    boundaries.above[b] = values[next++];
                    if (boundaries.below[b] == boundaries.above[b]) {
                        boundaries.addTie(boundaries.below[b]);
                    }
                }
            }
            return boundaries;
        }

        void addTie(long pay) {
            for (int t = 0; t < ties; t++) {
                if (tiePay[t] == pay) {
                    return; // one block straddling two boundaries
                }
            }
            tiePay[ties++] = pay;
        }

        /**
         * Counts people into their bands, and into the straddling blocks (their sizes and the
         * people paid less). With {@code tieBuckets}, the values are those of one histogram
         * bucket, and the people paid less than a tie are counted only within the tie's own bucket
         * (the buckets below are counted from the histogram).
         */
        void count(long[] values, int size, long[] into, boolean women, int bucket, int[] tieBuckets) {
            for (int i = 0; i < size; i++) {
                long pay = values[i];
                boolean tied = false;
                for (int t = 0; t < ties; t++) {
                    if (pay < tiePay[t]) {
                        if (tieBuckets == null || tieBuckets[t] == bucket) {
                            tieLess[t]++;
                        }
                    } else if (pay == tiePay[t]) {
                        tied = true;
                        if (women) {
                            tieWomen[t]++;
                        } else {
                            tieMen[t]++;
                        }
                    }
                }
                if (!tied) {
                    into[band(pay)]++;
                }
            }
        }

        /** The band of a pay outside the straddling blocks: the number of boundaries it lies above. */
        int band(long pay) {
            int band = 0;
            for (int b = 0; b < 3; b++) {
                if (everyoneAbove[b] || inside[b] && (below[b] < above[b] ? pay >= above[b] : pay > above[b])) {
                    band++;
                }
            }
            return band;
        }
    }

    /** Places one tie block: its seats per band, and its women in proportion to those seats. */
    private static void distribute(int start, int size, int blockWomen, int[] bandEnd, long[] womenIn, long[] menIn) {
        // Most blocks (often a single person) lie inside one band: all their women go there, no apportioning.
        int band = 0;
        while (start >= bandEnd[band]) {
            band++;
        }
        if (start + size <= bandEnd[band]) {
            womenIn[band] += blockWomen;
            menIn[band] += size - blockWomen;
            return;
        }
        int[] seats = new int[4];
        for (int b = 0, bandStart = 0; b < 4; bandStart = bandEnd[b], b++) {
            int from = Math.max(start, bandStart);
            int to = Math.min(start + size, bandEnd[b]);
            seats[b] = Math.max(0, to - from);
        }
        // Largest remainder: floor(W × s_b / S), then one more to the largest remainders, lower band first on ties.
        long[] women = new long[4];
        long[] remainder = new long[4];
        long given = 0;
        for (int b = 0; b < 4; b++) {
            long share = (long) blockWomen * seats[b];
            women[b] = share / size;
            remainder[b] = share % size;
            given += women[b];
        }
        for (long left = blockWomen - given; left > 0; left--) {
            int best = -1;
            for (int b = 0; b < 4; b++) {
                if (seats[b] > women[b] && (best < 0 || remainder[b] > remainder[best])) {
                    best = b;
                }
            }
            women[best]++;
            remainder[best] = -1;
        }
        for (int b = 0; b < 4; b++) {
            womenIn[b] += women[b];
            menIn[b] += seats[b] - women[b];
        }
    }
}
