package org.mixite.core.indicators.paygap;

import java.util.Arrays;
import java.util.List;

/**
 * The medians of women and men and the quartile bands of a pay series on one scale, in three
 * passes over the values whatever their number: their range; a histogram of each sex's values
 * over 2¹² buckets of that range ({@link Histograms}); the values of the few buckets that hold a
 * wanted rank. A
 * bucket that holds no boundary of the bands lies wholly inside one band, so its people are
 * counted from the histograms; only the values of the boundary buckets are looked at one by one.
 * The inputs are read, never reordered. Values more than 2⁶³ apart fall back to
 * {@link Selection} and {@link Quartiles}. Property-checked against a sort.
 */
final class OrderStatistics {

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
        return of(Chunks.of(women, nWomen), Chunks.of(men, nMen));
    }

    /** The same over values held in several arrays each (a series and what it took over in merges), read in place. */
    static OrderStatistics of(Chunks women, Chunks men) {
        int nWomen = women.size();
        int nMen = men.size();
        if (nWomen + nMen == 0) {
            return new OrderStatistics(null, null, Quartiles.bands(new long[0], 0, new long[0], 0));
        }
        return Histograms.of(women, men).map(OrderStatistics::of)
                // more than 2⁶³ apart: no histogram of that range
                .orElseGet(() -> {
                    long[] w = women.flat();
                    long[] m = men.flat();
                    return new OrderStatistics(nWomen == 0 ? null : Selection.middle(w, nWomen),
                            nMen == 0 ? null : Selection.middle(m, nMen), Quartiles.bands(w, nWomen, m, nMen));
                });
    }

    private static OrderStatistics of(Histograms h) {
        int n = h.nWomen + h.nMen;
        int[] bandEnd = Quartiles.bandEnds(n);
        // The ranks wanted: each sex's two middle values, and the two sides of each inner band boundary.
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
        int[] women = h.locate(middleRanks(h.nWomen), true, false);
        int[] men = h.locate(middleRanks(h.nMen), false, true);
        int[] boundaries = h.locate(Arrays.copyOf(boundaryRanks, sides), true, true);
        h.extract();
        return new OrderStatistics(h.nWomen == 0 ? null : h.values(women, true, false),
                h.nMen == 0 ? null : h.values(men, false, true), bands(h, bandEnd, inside, h.values(boundaries, true, true)));
    }

    private static int[] middleRanks(int size) {
        return size == 0 ? new int[0] : new int[] {(size - 1) / 2, size / 2};
    }

    /**
     * The bands: a bucket without a boundary value lies in one band (no pay lies strictly
     * between the two sides of a boundary), so it is counted whole from the histograms; the
     * people of boundary buckets are placed one by one, and the tie blocks that straddle a
     * boundary are apportioned as {@link Quartiles} does.
     */
    private static List<QuartileBand> bands(Histograms h, int[] bandEnd, boolean[] inside, long[] sides) {
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
            tieBucket[t] = h.bucket(boundaries.tiePay[t]);
        }
        for (int k = 0; k < h.womenCounts.length; k++) {
            for (int t = 0; t < boundaries.ties; t++) {
                if (k < tieBucket[t]) {
                    boundaries.tieLess[t] += h.womenCounts[k] + h.menCounts[k];
                }
            }
            if (h.slot[k] >= 0) {
                continue; // a boundary bucket: its people one by one, below
            }
            if (h.womenCounts[k] + h.menCounts[k] > 0) {
                int band = boundaries.band(h.min + ((long) k << h.shift)); // any pay of the bucket: all share a band
                womenIn[band] += h.womenCounts[k];
                menIn[band] += h.menCounts[k];
            }
        }
        for (int s = 0; s < h.wanted; s++) {
            boundaries.count(h.womenValues[s], h.womenValues[s].length, womenIn, true, h.wantedBuckets[s], tieBucket);
            boundaries.count(h.menValues[s], h.menValues[s].length, menIn, false, h.wantedBuckets[s], tieBucket);
        }
        return Quartiles.bands(bandEnd, womenIn, menIn, boundaries);
    }
}
