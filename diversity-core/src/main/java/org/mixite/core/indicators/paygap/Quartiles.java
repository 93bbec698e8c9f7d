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
     * The bands of a population.
     *
     * @param women the women's pay values, sorted ascending
     * @param men   the men's pay values, sorted ascending
     */
    static List<QuartileBand> bands(long[] women, int nWomen, long[] men, int nMen) {
        int n = nWomen + nMen;
        int[] sizes = sizes(n);
        int[] bandEnd = new int[4];
        for (int b = 0, end = 0; b < 4; b++) {
            end += sizes[b];
            bandEnd[b] = end;
        }
        long[] womenIn = new long[4];
        long[] menIn = new long[4];
        int w = 0;
        int m = 0;
        int position = 0;
        while (w < nWomen || m < nMen) {
            long pay = w < nWomen && (m >= nMen || women[w] <= men[m]) ? women[w] : men[m];
            int blockWomen = 0;
            int blockMen = 0;
            while (w < nWomen && women[w] == pay) {
                w++;
                blockWomen++;
            }
            while (m < nMen && men[m] == pay) {
                m++;
                blockMen++;
            }
            int blockStart = position;
            int blockSize = blockWomen + blockMen;
            position += blockSize;
            distribute(blockStart, blockSize, blockWomen, bandEnd, womenIn, menIn);
        }
        List<QuartileBand> bands = new ArrayList<>(4);
        for (int b = 0; b < 4; b++) {
            long size = womenIn[b] + menIn[b];
            bands.add(new QuartileBand(womenIn[b], menIn[b], Gaps.percent(womenIn[b], size), Gaps.percent(menIn[b], size)));
        }
        return bands;
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
