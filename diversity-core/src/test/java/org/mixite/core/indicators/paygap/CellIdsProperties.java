package org.mixite.core.indicators.paygap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * issue 20: the pay gaps' group cells are found by index, not hashed per row. The ids must be
 * those of one hash of every cell, whatever the bound on the indexed ones: each row's pay is then
 * summed in its own cell, and the cells come back in order of first appearance.
 */
class CellIdsProperties {

    @Property(tries = 300)
    @Label("issue 20: cell ids by index or by hash are the ids of one LongIndex of (working time × groups + group), in order of first appearance")
    void sameIdsAsOneHash(@ForAll long seed, @ForAll @IntRange(min = 1, max = 40) int groups,
                          @ForAll @IntRange(min = 1, max = 60) int workingTimes, @ForAll @IntRange(max = 3_000) int indexedCells,
                          @ForAll @IntRange(max = 2_000) int lookups) {
        SplittableRandom random = new SplittableRandom(seed);
        CellIds ids = new CellIds(groups, indexedCells);
        LongIndex oneHash = new LongIndex();
        for (int i = 0; i < lookups; i++) {
            // runs of one working time, as rows of one working time often come together
            int workingTime = random.nextInt(4) == 0 ? random.nextInt(workingTimes) : Math.min(workingTimes - 1, i / 50);
            int group = random.nextInt(groups);
            int id = ids.id(workingTime, group);
            assertThat(id).isEqualTo(oneHash.id((long) workingTime * groups + group));
            assertThat(ids.workingTime(id)).isEqualTo(workingTime);
            assertThat(ids.group(id)).isEqualTo(group);
        }
        assertThat(ids.size()).isEqualTo(oneHash.size());
    }

    @Example
    @Label("issue 20: many groups take no block of ids (2¹⁸ indexed cells over 10⁶ sites: the hash alone)")
    void manyGroupsHashed() {
        CellIds ids = new CellIds(1_000_000, 1 << 18);
        assertThat(ids.id(0, 999_999)).isZero();
        assertThat(ids.id(3, 5)).isEqualTo(1);
        assertThat(ids.id(0, 999_999)).isZero();
        assertThat(ids.workingTime(1)).isEqualTo(3);
        assertThat(ids.group(0)).isEqualTo(999_999);
        assertThatThrownBy(() -> new CellIds(0, 10)).isInstanceOf(IllegalArgumentException.class);
    }
}
