package org.mixite.core.indicators.paygap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * regulations.md, "Quartile bands", UK regulation 13(2): the bands against a reference that
 * apportions every tie block by largest remainder — including the blocks inside one band, which
 * the implementation places directly.
 */
class QuartilesProperties {

    @Property(tries = 2000)
    void bandsEqualTheReferenceApportioning(@ForAll @Size(max = 40) List<@IntRange(min = 1, max = 6) Integer> women,
                                            @ForAll @Size(max = 40) List<@IntRange(min = 1, max = 6) Integer> men) {
        long[] w = women.stream().mapToLong(Integer::longValue).sorted().toArray();
        long[] m = men.stream().mapToLong(Integer::longValue).sorted().toArray();
        List<QuartileBand> bands = Quartiles.bands(w, w.length, m, m.length);
        long[][] expected = reference(w, m);
        for (int b = 0; b < 4; b++) {
            assertThat(bands.get(b).women()).as("band %d women", b).isEqualTo(expected[0][b]);
            assertThat(bands.get(b).men()).as("band %d men", b).isEqualTo(expected[1][b]);
        }
    }

    @Property(tries = 2000)
    void bandsOfValuesInAnyOrderEqualTheReference(@ForAll @Size(max = 60) List<@IntRange(min = 1, max = 9) Integer> women,
                                                  @ForAll @Size(max = 60) List<@IntRange(min = 1, max = 9) Integer> men,
                                                  @ForAll long seed) {
        long[] w = shuffled(women, seed);
        long[] m = shuffled(men, seed + 1);
        long[] wCopy = w.clone();
        long[] mCopy = m.clone();
        // Spare capacity past the counts, as PayValues has: only the first n values are read.
        List<QuartileBand> bands = Quartiles.bands(Arrays.copyOf(w, w.length + 5), w.length, Arrays.copyOf(m, m.length + 3), m.length);
        long[][] expected = reference(Arrays.stream(w).sorted().toArray(), Arrays.stream(m).sorted().toArray());
        for (int b = 0; b < 4; b++) {
            assertThat(bands.get(b).women()).as("band %d women", b).isEqualTo(expected[0][b]);
            assertThat(bands.get(b).men()).as("band %d men", b).isEqualTo(expected[1][b]);
        }
        assertThat(w).isEqualTo(wCopy);
        assertThat(m).isEqualTo(mCopy);
    }

    @Property(tries = 3000)
    void orderStatisticsEqualTheReference(@ForAll @Size(max = 300) List<@IntRange(min = 0, max = 1_000_000) Integer> women,
                                          @ForAll @Size(max = 300) List<@IntRange(min = 0, max = 1_000_000) Integer> men,
                                          @ForAll @IntRange(max = 4) int spread) {
        // 0: few distinct pays (ties on boundaries); 1: one bucket per pay; 2: buckets of several pays; 3: pays more than 2⁶³ apart;
        // 4: negative and positive values, with the extremes of a long, less than 2⁶³ apart
        long[] w = women.stream().mapToLong(v -> spread(v, spread)).toArray();
        long[] m = men.stream().mapToLong(v -> spread(v, spread)).toArray();
        OrderStatistics statistics = OrderStatistics.of(Arrays.copyOf(w, w.length + 4), w.length, m, m.length);
        long[][] expected = reference(Arrays.stream(w).sorted().toArray(), Arrays.stream(m).sorted().toArray());
        for (int b = 0; b < 4; b++) {
            assertThat(statistics.bands().get(b).women()).as("band %d women", b).isEqualTo(expected[0][b]);
            assertThat(statistics.bands().get(b).men()).as("band %d men", b).isEqualTo(expected[1][b]);
        }
        assertThat(statistics.womenMiddle()).isEqualTo(middle(w));
        assertThat(statistics.menMiddle()).isEqualTo(middle(m));
    }

    private static long spread(int v, int spread) {
        return switch (spread) {
            case 0 -> v % 5;
            case 1 -> v % 40_000;
            case 2 -> v * 1_000_003L;
            case 3 -> v % 2 == 0 ? Long.MIN_VALUE + v : Long.MAX_VALUE - v;
            default -> v % 7 == 0 ? Long.MIN_VALUE / 2 + v : v % 11 == 0 ? Long.MAX_VALUE / 2 - v : v - 500_000L;
        };
    }

    private static long[] middle(long[] values) {
        if (values.length == 0) {
            return null;
        }
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return new long[] {sorted[(sorted.length - 1) / 2], sorted[sorted.length / 2]};
    }

    private static long[] shuffled(List<Integer> values, long seed) {
        List<Integer> copy = new java.util.ArrayList<>(values);
        java.util.Collections.shuffle(copy, new java.util.Random(seed));
        return copy.stream().mapToLong(Integer::longValue).toArray();
    }

    /** Every tie block apportioned: seats per band, women by largest remainder, ties to the lower band. */
    private static long[][] reference(long[] women, long[] men) {
        int n = women.length + men.length;
        int[] sizes = Quartiles.sizes(n);
        int[] end = new int[4];
        for (int b = 0, e = 0; b < 4; b++) {
            e += sizes[b];
            end[b] = e;
        }
        long[] all = new long[n];
        System.arraycopy(women, 0, all, 0, women.length);
        System.arraycopy(men, 0, all, women.length, men.length);
        long[] distinct = Arrays.stream(all).distinct().sorted().toArray();
        long[] womenIn = new long[4];
        long[] menIn = new long[4];
        int position = 0;
        for (long pay : distinct) {
            int blockWomen = (int) Arrays.stream(women).filter(x -> x == pay).count();
            int size = blockWomen + (int) Arrays.stream(men).filter(x -> x == pay).count();
            int[] seats = new int[4];
            for (int b = 0, start = 0; b < 4; start = end[b], b++) {
                seats[b] = Math.max(0, Math.min(position + size, end[b]) - Math.max(position, start));
            }
            long[] given = new long[4];
            long[] remainder = new long[4];
            long total = 0;
            for (int b = 0; b < 4; b++) {
                given[b] = (long) blockWomen * seats[b] / size;
                remainder[b] = (long) blockWomen * seats[b] % size;
                total += given[b];
            }
            for (long left = blockWomen - total; left > 0; left--) {
                int best = -1;
                for (int b = 0; b < 4; b++) {
                    if (seats[b] > given[b] && (best < 0 || remainder[b] > remainder[best])) {
                        best = b;
                    }
                }
                given[best]++;
                remainder[best] = -1;
            }
            for (int b = 0; b < 4; b++) {
                womenIn[b] += given[b];
                menIn[b] += seats[b] - given[b];
            }
            position += size;
        }
        return new long[][] {womenIn, menIn};
    }
}
