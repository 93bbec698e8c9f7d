package org.mixite.web;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.mixite.samples.cli.ReportService;

/** The last few reports, in memory only, under ids nobody can guess; the oldest goes first. */
final class ReportStore {

    record Entry(ReportService.Report report, String company) {
    }

    private final SecureRandom random = new SecureRandom();
    private final Map<String, Entry> entries;

    ReportStore(int capacity) {
        this.entries = new LinkedHashMap<>(capacity + 1, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(java.util.Map.Entry<String, ReportStore.Entry> eldest) {
                return size() > capacity;
            }
        };
    }

    synchronized String put(Entry entry) {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        String id = HexFormat.of().formatHex(bytes);
        entries.put(id, entry);
        return id;
    }

    synchronized Optional<Entry> get(String id) {
        return Optional.ofNullable(entries.get(id));
    }
}
