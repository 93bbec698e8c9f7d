package org.mixite.core.indicators.egapro.records;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The 10 highest pays seen so far, highest first; ties broken by the smaller employee id
 * ({@link String#compareTo}), so that the list never depends on the reading order. Merging two
 * lists keeps the 10 best of both, which equals the list of the union.
 */
final class TopEarnersList {

    static final int SIZE = 10;

    record Entry(BigDecimal pay, String id, boolean female) {
    }

    static final Comparator<Entry> ORDER = Comparator.comparing(Entry::pay).reversed().thenComparing(Entry::id);

    private final List<Entry> entries = new ArrayList<>(SIZE + 1);

    void offer(Entry e) {
        if (entries.size() == SIZE && ORDER.compare(e, entries.get(SIZE - 1)) >= 0) {
            return;
        }
        int i = entries.size();
        while (i > 0 && ORDER.compare(e, entries.get(i - 1)) < 0) {
            i--;
        }
        entries.add(i, e);
        if (entries.size() > SIZE) {
            entries.remove(SIZE);
        }
    }

    /**
     * The least whole number of cents a pay needs to enter the list: any pay below it cannot
     * ({@link Long#MIN_VALUE} while the list is not full). Lets a column-wise pass skip the entry
     * of most people without building it.
     */
    long centsToEnter() {
        if (entries.size() < SIZE) {
            return Long.MIN_VALUE;
        }
        BigDecimal cents = entries.get(SIZE - 1).pay().movePointRight(2).setScale(0, java.math.RoundingMode.CEILING);
        return cents.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0 ? Long.MAX_VALUE : cents.longValueExact();
    }

    void addAll(TopEarnersList other) {
        other.entries.forEach(this::offer);
    }

    /** The entries, highest first. */
    List<Entry> entries() {
        return List.copyOf(entries);
    }

    int women() {
        return (int) entries.stream().filter(Entry::female).count();
    }

    int men() {
        return entries.size() - women();
    }
}
