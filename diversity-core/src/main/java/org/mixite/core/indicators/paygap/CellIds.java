package org.mixite.core.indicators.paygap;

import java.util.Arrays;

/**
 * Dense ids of (working time, group) cells in order of first appearance: the ids a
 * {@link LongIndex} gives the keys {@code workingTime × groups + group}, found by index where
 * that is cheap. The first working-time ids have a block of cell ids each, one after the other
 * in one array (one load a lookup), as long as all the blocks hold at most {@code indexedCells}
 * ids (a million rows meet a few working times and a few dozen groups: no hash per row); later
 * working times are looked up in the hash, so that thousands of sites or working times take no
 * more memory than their cells.
 */
final class CellIds {

    private final int groups;
    private final int indexedWorkingTimes;
    private final LongIndex cells = new LongIndex();
    /** At {@code workingTime × groups + group}, for working-time ids below {@link #indexedWorkingTimes}: 1 + the cell id (0: not seen yet). */
    private int[] indexed = new int[0];

    /** Cells of {@code groups} groups (at least 1); the blocks hold at most {@code indexedCells} ids in all. */
    CellIds(int groups, int indexedCells) {
        if (groups < 1 || indexedCells < 0) {
            throw new IllegalArgumentException("groups " + groups + ", indexed cells " + indexedCells);
        }
        this.groups = groups;
        this.indexedWorkingTimes = indexedCells / groups;
    }

    /** The id of the cell (working time, group): the next integer the first time it is seen. */
    int id(int workingTime, int group) {
        if (workingTime >= indexedWorkingTimes) {
            return cells.id((long) workingTime * groups + group);
        }
        int at = workingTime * groups + group; // below indexedCells
        if (at >= indexed.length) {
            indexed = Arrays.copyOf(indexed, Math.min(indexedWorkingTimes, Math.max(workingTime + 1, 2 * indexed.length / groups)) * groups);
        }
        int id = indexed[at] - 1;
        if (id < 0) {
            id = cells.id((long) workingTime * groups + group);
            indexed[at] = id + 1;
        }
        return id;
    }

    /** The number of cells seen. */
    int size() {
        return cells.size();
    }

    int workingTime(int id) {
        return (int) (cells.key(id) / groups);
    }

    int group(int id) {
        return (int) (cells.key(id) % groups);
    }
}
