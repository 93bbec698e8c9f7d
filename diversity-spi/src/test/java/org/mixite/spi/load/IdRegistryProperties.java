package org.mixite.spi.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
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
