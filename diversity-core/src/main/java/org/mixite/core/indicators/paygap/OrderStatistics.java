package org.mixite.core.indicators.paygap;

import java.util.Arrays;
import java.util.List;

/**
 * The medians of women and men and the quartile bands of a pay series on one scale, in three
 * passes over the values whatever their number: their range; a histogram of each sex's values
 * over 2¹⁶ buckets of that range; the values of the few buckets that hold a wanted rank. A
 * bucket that holds no boundary of the bands lies wholly inside one band, so its people are
 * counted from the histograms; only the values of the boundary buckets are looked at one by one.
 * The inputs are read, never reordered. Values more than 2⁶³ apart fall back to
 * {@link Selection} and {@link Quartiles}. Property-checked against a sort.
 */
final class OrderStatistics {

    private static final int BUCKET_BITS = 16;

    private final long[] womenMiddle;
    private final long[] menMiddle;
    private final List<QuartileBand> bands;

    private OrderStatistics(long[] womenMiddle, long[] menMiddle, List<QuartileBand> bands) {
        this.womenMiddle = womenMiddle;
        this.menMiddle = menMiddle;
        this.bands = bands;
    }

    /** The two middle values of the women's pay (lower, upper), or null when there is none. */
    long[] womenMiddle() {
        return womenMiddle;
    }

    long[] menMiddle() {
        return menMiddle;
    }

    List<QuartileBand> bands() {
        return bands;
    }

    static OrderStatistics of(long[] women, int nWomen, long[] men, int nMen) {
        int n = nWomen + nMen;
        if (n == 0) {
            return new OrderStatistics(null, null, Quartiles.bands(women, 0, men, 0));
        }
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        for (int i = 0; i < nWomen; i++) {
            min = Math.min(min, women[i]);
            max = Math.max(max, women[i]);
        }
        for (int i = 0; i < nMen; i++) {
            min = Math.min(min, men[i]);
            max = Math.max(max, men[i]);
        }
        if (max - min < 0) { // more than 2⁶³ apart: no histogram of that range
            return new OrderStatistics(nWomen == 0 ? null : Selection.middle(women, nWomen),
                    nMen == 0 ? null : Selection.middle(men, nMen), Quartiles.bands(women, nWomen, men, nMen));
        }
        return new Histograms(women, nWomen, men, nMen, min, max).statistics();
    }

    /** The two sexes' histograms on one bucket scale, and the values of the buckets that matter. */
    private static final class Histograms {
        private final long[] women;
        private final long[] men;
        private final int nWomen;
        private final int nMen;
        private final long min;
        private final int shift;
        private final int[] womenCounts;
        private final int[] menCounts;
        /** The wanted buckets: slot of each bucket (-1 when not wanted), and their women's and men's values. */
        private final int[] slot;
        private final long[][] womenValues = new long[10][];
        private final long[][] menValues = new long[10][];
        private final int[] wantedBuckets = new int[10];
        private int wanted;

        Histograms(long[] women, int nWomen, long[] men, int nMen, long min, long max) {
            this.women = women;
            this.men = men;
            this.nWomen = nWomen;
            this.nMen = nMen;
            this.min = min;
            long span = max - min;
            this.shift = Math.max(0, 64 - Long.numberOfLeadingZeros(span) - BUCKET_BITS);
            int buckets = (int) (span >>> shift) + 1;
            womenCounts = histogram(women, nWomen, buckets);
            menCounts = histogram(men, nMen, buckets);
            slot = new int[buckets];
            Arrays.fill(slot, -1);
        }

        private int[] histogram(long[] values, int size, int buckets) {
            int[] counts = new int[buckets];
            for (int i = 0; i < size; i++) {
                counts[bucket(values[i])]++;
            }
            return counts;
        }

        private int bucket(long value) {
            return (int) ((value - min) >>> shift);
        }

        OrderStatistics statistics() {
            int n = nWomen + nMen;
            int[] bandEnd = Quartiles.bandEnds(n);
            // The ranks wanted: each sex's two middle values, and the two sides of each inner band boundary.
            int[] womenRanks = nWomen == 0 ? new int[0] : new int[] {(nWomen - 1) / 2, nWomen / 2};
            int[] menRanks = nMen == 0 ? new int[0] : new int[] {(nMen - 1) / 2, nMen / 2};
            int[] boundaryRanks = new int[6];
            boolean[] inside = new boolean[3];
            int sides = 0;
            for (int b = 0; b < 3; b++) {
                inside[b] = bandEnd[b] > 0 && bandEnd[b] < n;
                if (inside[b]) {
                    boundaryRanks[sides++] = bandEnd[b] - 1;
                    boundaryRanks[sides++] = bandEnd[b];
                }
            }
            boundaryRanks = Arrays.copyOf(boundaryRanks, sides);
            int[][] located = {locate(womenRanks, womenCounts, null), locate(menRanks, menCounts, null),
                               locate(boundaryRanks, womenCounts, menCounts)};
            extract();
            long[] womenMiddle = nWomen == 0 ? null : values(located[0], womenRanks.length, true, false);
            long[] menMiddle = nMen == 0 ? null : values(located[1], menRanks.length, false, true);
            long[] boundaryValues = values(located[2], sides, true, true);
            return new OrderStatistics(womenMiddle, menMiddle, bands(bandEnd, inside, boundaryValues));
        }

        /**
         * For each rank, its bucket and its rank within the bucket (pairs), counting {@code counts}
         * (plus {@code more} when given); marks the buckets wanted.
         */
        private int[] locate(int[] ranks, int[] counts, int[] more) {
            int[] out = new int[ranks.length * 2];
            for (int r = 0; r < ranks.length; r++) {
                int seen = 0;
                int k = 0;
                while (seen + counts[k] + (more == null ? 0 : more[k]) <= ranks[r]) {
                    seen += counts[k] + (more == null ? 0 : more[k]);
                    k++;
                }
                out[2 * r] = k;
                out[2 * r + 1] = ranks[r] - seen;
                if (slot[k] < 0) {
                    slot[k] = wanted;
                    wantedBuckets[wanted++] = k;
                }
            }
            return out;
        }

        /** One pass over each sex's values: the values of the wanted buckets. */
        private void extract() {
            for (int s = 0; s < wanted; s++) {
                womenValues[s] = new long[womenCounts[wantedBuckets[s]]];
                menValues[s] = new long[menCounts[wantedBuckets[s]]];
            }
            fill(women, nWomen, womenValues);
            fill(men, nMen, menValues);
        }

        private void fill(long[] values, int size, long[][] into) {
            int[] filled = new int[wanted];
            for (int i = 0; i < size; i++) {
                int s = slot[bucket(values[i])];
                if (s >= 0) {
                    into[s][filled[s]++] = values[i];
                }
            }
        }

        /** The values at located ranks, among the women's, the men's or both sexes' values of their buckets. */
        private long[] values(int[] located, int count, boolean ofWomen, boolean ofMen) {
            long[] out = new long[count];
            for (int r = 0; r < count; r++) {
                int s = slot[located[2 * r]];
                long[] w = ofWomen ? womenValues[s] : new long[0];
                long[] m = ofMen ? menValues[s] : new long[0];
                long[] both = Arrays.copyOf(w, w.length + m.length);
                System.arraycopy(m, 0, both, w.length, m.length);
                out[r] = Selection.select(both, both.length, located[2 * r + 1]);
            }
            return out;
        }

        /**
         * The bands: a bucket without a boundary value lies in one band (no pay lies strictly
         * between the two sides of a boundary), so it is counted whole from the histograms; the
         * people of boundary buckets are placed one by one, and the tie blocks that straddle a
         * boundary are apportioned as {@link Quartiles} does.
         */
        private List<QuartileBand> bands(int[] bandEnd, boolean[] inside, long[] sides) {
            Quartiles.Boundaries boundaries = new Quartiles.Boundaries();
            for (int b = 0, next = 0; b < 3; b++) {
                boundaries.everyoneAbove[b] = bandEnd[b] <= 0;
                boundaries.inside[b] = inside[b];
                if (inside[b]) {
                    boundaries.below[b] = sides[next++];
                    boundaries.above[b] = sides[next++];
                    if (boundaries.below[b] == boundaries.above[b]) {
                        boundaries.addTie(boundaries.below[b]);
                    }
                }
            }
            long[] womenIn = new long[4];
            long[] menIn = new long[4];
            int[] tieBucket = new int[boundaries.ties];
            for (int t = 0; t < boundaries.ties; t++) {
                tieBucket[t] = bucket(boundaries.tiePay[t]);
            }
            for (int k = 0; k < womenCounts.length; k++) {
                for (int t = 0; t < boundaries.ties; t++) {
                    if (k < tieBucket[t]) {
                        boundaries.tieLess[t] += womenCounts[k] + menCounts[k];
                    }
                }
                if (slot[k] >= 0) {
                    continue; // a boundary bucket: its people one by one, below
                }
                if (womenCounts[k] + menCounts[k] > 0) {
                    int band = boundaries.band(min + ((long) k << shift)); // any pay of the bucket: all share a band
                    womenIn[band] += womenCounts[k];
                    menIn[band] += menCounts[k];
                }
            }
            for (int s = 0; s < wanted; s++) {
                boundaries.count(womenValues[s], womenValues[s].length, womenIn, true, wantedBuckets[s], tieBucket);
                boundaries.count(menValues[s], menValues[s].length, menIn, false, wantedBuckets[s], tieBucket);
            }
            return Quartiles.bands(bandEnd, womenIn, menIn, boundaries);
        }
    }
}
