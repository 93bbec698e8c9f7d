package org.mixite.core.indicators.paygap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** issue 9: order statistics by selection equal those of a sort — medians without sorting a million values. */
class SelectionProperties {

    @Property(tries = 2000)
    void selectEqualsTheSortedValue(@ForAll @Size(min = 1, max = 80) List<@IntRange(min = -5, max = 12) Integer> list,
                                    @ForAll @IntRange(max = 79) int at) {
        long[] values = list.stream().mapToLong(Integer::longValue).toArray();
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        int k = at % values.length;
        long selected = Selection.select(values, values.length, k);
        assertThat(selected).isEqualTo(sorted[k]);
        for (int i = 0; i < values.length; i++) {
            assertThat(i < k ? values[i] <= selected : i > k ? values[i] >= selected : values[i] == selected).as("partitioned at %d", i).isTrue();
        }
        long[] after = values.clone();
        Arrays.sort(after);
        assertThat(after).as("the same values, reordered").isEqualTo(sorted);
    }

    @Property(tries = 1000)
    void middleEqualsTheSortedMiddle(@ForAll @Size(min = 1, max = 80) List<@IntRange(min = 0, max = 1_000_000) Integer> list) {
        long[] values = list.stream().mapToLong(Integer::longValue).toArray();
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        assertThat(Selection.middle(values, values.length)).containsExactly(sorted[(sorted.length - 1) / 2], sorted[sorted.length / 2]);
    }

    @Property(tries = 2000)
    void atRanksEqualsTheRanksOfTheSortedUnion(@ForAll @Size(max = 300) List<Long> a, @ForAll @Size(max = 300) List<Long> b,
                                               @ForAll @IntRange(min = 0, max = 3) int spread, @ForAll @Size(min = 1, max = 6) List<@IntRange(max = 10_000) Integer> at) {
        // spread 0: a few distinct values (one bucket per value); 1, 2: wide ranges (buckets of several values); 3: any long
        long[] x = a.stream().mapToLong(v -> narrowed(v, spread)).toArray();
        long[] y = b.stream().mapToLong(v -> narrowed(v, spread)).toArray();
        int n = x.length + y.length;
        if (n == 0) {
            return;
        }
        int[] ranks = at.stream().mapToInt(r -> r % n).toArray();
        long[] all = java.util.stream.LongStream.concat(Arrays.stream(x), Arrays.stream(y)).sorted().toArray();
        long[] expected = Arrays.stream(ranks).mapToLong(r -> all[r]).toArray();
        long[] xCopy = x.clone();
        long[] yCopy = y.clone();
        assertThat(Selection.atRanks(Arrays.copyOf(x, x.length + 2), x.length, y, y.length, ranks)).containsExactly(expected);
        assertThat(Selection.bySelection(x, x.length, y, y.length, ranks)).containsExactly(expected);
        assertThat(x).as("inputs untouched").isEqualTo(xCopy);
        assertThat(y).isEqualTo(yCopy);
    }

    @Property(tries = 1000)
    @net.jqwik.api.Label("values held in several arrays (a series and what it took over in merges) give the ranks, middles and bands of the same values in one")
    void chunksEqualOneArray(@ForAll @Size(max = 200) List<Long> a, @ForAll @Size(max = 200) List<Long> b,
                             @ForAll @IntRange(min = 0, max = 3) int spread, @ForAll @Size(max = 4) List<@IntRange(max = 200) Integer> cutsA,
                             @ForAll @Size(max = 4) List<@IntRange(max = 200) Integer> cutsB) {
        long[] x = a.stream().mapToLong(v -> narrowed(v, spread)).toArray();
        long[] y = b.stream().mapToLong(v -> narrowed(v, spread)).toArray();
        Chunks xs = chunks(x, cutsA);
        Chunks ys = chunks(y, cutsB);
        OrderStatistics one = OrderStatistics.of(x, x.length, y, y.length);
        OrderStatistics several = OrderStatistics.of(xs, ys);
        assertThat(several.womenMiddle()).isEqualTo(one.womenMiddle());
        assertThat(several.menMiddle()).isEqualTo(one.menMiddle());
        assertThat(several.bands()).isEqualTo(one.bands());
        int n = x.length + y.length;
        if (n > 0) {
            int[] ranks = {0, n / 3, n / 2, n - 1};
            assertThat(Selection.atRanks(xs, ys, ranks)).containsExactly(Selection.atRanks(x, x.length, y, y.length, ranks));
            if (x.length > 0) {
                assertThat(Selection.middle(xs)).containsExactly(Selection.middle(x, x.length));
            }
        }
    }

    /** The values cut into arrays at the given points, each array with room (junk) after its values. */
    private static Chunks chunks(long[] values, List<Integer> cuts) {
        int[] at = java.util.stream.IntStream.concat(cuts.stream().mapToInt(c -> Math.min(c, values.length)),
                java.util.stream.IntStream.of(0, values.length)).sorted().toArray();
        long[][] arrays = new long[at.length - 1][];
        int[] sizes = new int[arrays.length];
        for (int i = 0; i + 1 < at.length; i++) {
            sizes[i] = at[i + 1] - at[i];
            arrays[i] = Arrays.copyOf(Arrays.copyOfRange(values, at[i], at[i + 1]), sizes[i] + 3);
            Arrays.fill(arrays[i], sizes[i], sizes[i] + 3, Long.MIN_VALUE);
        }
        return new Chunks(arrays, sizes, values.length);
    }

    private static long narrowed(long v, int spread) {
        return switch (spread) {
            case 0 -> Math.floorMod(v, 7);
            case 1 -> Math.floorMod(v, 1_000_000_007L);
            case 2 -> Math.floorMod(v, Long.MAX_VALUE / 3) * (v % 2 == 0 ? 1 : 2);
            default -> v;
        };
    }

    @Example
    void manyBucketsAndOneCrowdedBucket() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(9);
        int n = 300_000;
        long[] a = new long[n];
        for (int i = 0; i < n; i++) { // half spread over far more than 2^16 buckets, half crowded on a few values of one bucket
            a[i] = i % 2 == 0 ? random.nextLong(1L << 40) : (1L << 39) + random.nextInt(3);
        }
        long[] sorted = a.clone();
        Arrays.sort(sorted);
        int[] ranks = {0, n / 4, n / 2 - 1, n / 2, 3 * n / 4, n - 1};
        long[] expected = Arrays.stream(ranks).mapToLong(r -> sorted[r]).toArray();
        assertThat(Selection.atRanks(a, n, new long[0], 0, ranks)).containsExactly(expected);
        OrderStatistics statistics = OrderStatistics.of(a, n / 3, Arrays.copyOfRange(a, n / 3, n), n - n / 3);
        long[] women = Arrays.copyOf(a, n / 3);
        Arrays.sort(women);
        assertThat(statistics.womenMiddle()).containsExactly(women[(women.length - 1) / 2], women[women.length / 2]);
    }

    @Example
    void adversarialOrdersStayCorrect() {
        int n = 200_000;
        long[] ascending = new long[n];
        long[] organPipe = new long[n];
        long[] allEqual = new long[n];
        for (int i = 0; i < n; i++) {
            ascending[i] = i;
            organPipe[i] = i < n / 2 ? i : n - i;
            allEqual[i] = 7;
        }
        for (long[] values : List.of(ascending, organPipe, allEqual)) {
            long[] sorted = values.clone();
            Arrays.sort(sorted);
            assertThat(Selection.select(values.clone(), n, n / 3)).isEqualTo(sorted[n / 3]);
        }
    }
}
