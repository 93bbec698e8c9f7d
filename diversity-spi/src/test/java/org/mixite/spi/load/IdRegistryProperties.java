package org.mixite.spi.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/** Duplicate ids (employee-record.md, "ids are unique") in compact memory. */
class IdRegistryProperties {

    @Property(tries = 300)
    @Label("the registry finds exactly the duplicates a HashMap finds, with the first line")
    void agreesWithHashMap(@ForAll @Size(max = 300) List<@StringLength(max = 4) String> ids) {
        IdRegistry registry = new IdRegistry();
        Map<String, Long> reference = new HashMap<>();
        long line = 2;
        for (String id : ids) {
            int before = registry.size();
            assertThat(registry.lineIfSeen(id)).as("a lookup only").isEqualTo(reference.getOrDefault(id, -1L));
            assertThat(registry.size()).isEqualTo(before);
            Long expected = reference.putIfAbsent(id, line);
            assertThat(registry.firstLineIfSeen(id, line)).isEqualTo(expected == null ? -1 : expected);
            line++;
        }
        assertThat(registry.size()).isEqualTo(reference.size());
    }

    @Property(tries = 300)
    @Label("ids looked up ahead, in parts on several threads, find what one registry finds row by row in input order")
    void aheadAgreesWithOneRegistry(@ForAll @Size(max = 6) List<@Size(max = 80) List<@StringLength(max = 2) String>> parts,
                                    @ForAll @IntRange(min = 1, max = 5) int threads) {
        IdRegistry registry = new IdRegistry();
        List<long[]> fingerprints = new ArrayList<>();
        List<long[]> lines = new ArrayList<>();
        List<int[]> expected = new ArrayList<>();
        long line = 2;
        for (List<String> part : parts) {
            long[] prints = new long[part.size()];
            long[] lineOf = new long[part.size() + 3]; // more lines than rows: only the rows' are read
            int[] answers = new int[part.size()];
            for (int row = 0; row < part.size(); row++) {
                prints[row] = LoadChecks.idFingerprint(part.get(row));
                lineOf[row] = line;
                answers[row] = (int) registry.firstLineIfSeen(part.get(row), line);
                line += row % 3 == 0 ? 2 : 1;
            }
            fingerprints.add(prints);
            lines.add(lineOf);
            expected.add(answers);
        }
        int[][] ahead = LoadChecks.firstLinesOfIds(fingerprints, lines, threads);
        assertThat(ahead).hasSameDimensionsAs(expected.toArray(int[][]::new));
        for (int part = 0; part < parts.size(); part++) {
            assertThat(ahead[part]).as("part %d", part).containsExactly(expected.get(part));
        }
    }

    @Test
    void presizedRegistryHoldsWhatItExpects() {
        IdRegistry registry = new IdRegistry(5_000);
        for (int i = 0; i < 5_000; i++) {
            assertThat(registry.firstLineIfSeen("E" + i, i + 2)).isEqualTo(-1);
        }
        assertThat(registry.firstLineIfSeen(IdRegistry.fingerprint("E42"), 9)).isEqualTo(44);
        assertThat(registry.size()).isEqualTo(5_000);
    }

    @Test
    void manyDistinctIdsThroughGrowth() {
        IdRegistry registry = new IdRegistry();
        for (int i = 0; i < 200_000; i++) {
            assertThat(registry.firstLineIfSeen("E" + i, i + 2)).isEqualTo(-1);
        }
        assertThat(registry.firstLineIfSeen("E123456", 1)).isEqualTo(123_458);
        assertThat(registry.size()).isEqualTo(200_000);
    }
}
