package org.mixite.spark;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mixite.adapters.csv.CanonicalCsvWriter;
import org.mixite.samples.demo.DemoDataGenerator;
import org.mixite.spi.model.EmployeeRecord;

/**
 * A generated country of companies: each one the demo generator's company (its own seed and
 * size, 12 to 400 people), under a SIREN-like key, ids prefixed with it.
 */
final class Workforce {

    private Workforce() {
    }

    static String siren(int k) {
        return String.format("%09d", 300_000_000L + 7_919L * k);
    }

    /** Companies' records, by company, in generation order. */
    static Map<String, List<EmployeeRecord>> companies(int count, long seed) {
        Map<String, List<EmployeeRecord>> out = new LinkedHashMap<>();
        for (int k = 0; k < count; k++) {
            String siren = siren(k);
            int size = 12 + (int) ((k * 7_919L + seed) % 389);
            List<EmployeeRecord> records = new ArrayList<>(size);
            new DemoDataGenerator(seed + k, size, 1, 2025).records()
                    .map(r -> r.toBuilder().id(siren + "-" + r.id()).company(siren).build())
                    .forEach(records::add);
            out.put(siren, records);
        }
        return out;
    }

    /** The canonical CSV of records, header first. */
    static String csv(List<EmployeeRecord> records) throws IOException {
        StringWriter text = new StringWriter();
        try (CanonicalCsvWriter writer = new CanonicalCsvWriter(text)) {
            for (EmployeeRecord r : records) {
                writer.write(r);
            }
        }
        return text.toString();
    }
}
