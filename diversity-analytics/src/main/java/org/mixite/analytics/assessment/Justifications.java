package org.mixite.analytics.assessment;

import java.io.IOException;
import java.io.Reader;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.apiguardian.api.API;
import org.mixite.core.reference.ReferenceTable;
import org.mixite.spi.ConfigurationException;

/**
 * Reads a justifications file: a CSV with the columns {@code category}, {@code justified}
 * ({@code yes}/{@code no}, {@code true}/{@code false}, {@code oui}/{@code non}) and {@code reason}.
 * Problems name the file, the line and the column.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class Justifications {

    private Justifications() {
    }

    /** The justifications by category, in file order. */
    public static Map<String, Justification> read(String name, Reader source) throws IOException {
        ReferenceTable table = ReferenceTable.read(name, source);
        for (String column : new String[] {"category", "justified", "reason"}) {
            if (!table.header().contains(column)) {
                throw new ConfigurationException(name + ": header: the column '" + column + "' is missing (category,justified,reason)");
            }
        }
        Map<String, Justification> out = new LinkedHashMap<>();
        for (Map<String, String> row : table.rows()) {
            String line = row.get("#line");
            String category = table.required(row, "category");
            String flag = table.required(row, "justified").toLowerCase(Locale.ROOT);
            boolean justified = switch (flag) {
                case "yes", "true", "oui", "y", "o", "1" -> true;
                case "no", "false", "non", "n", "0" -> false;
                default -> throw new ConfigurationException(name + ":" + line + ": column 'justified': '" + flag
                        + "' is not yes or no");
            };
            String reason = table.required(row, "reason");
            if (out.putIfAbsent(category, new Justification(category, justified, reason)) != null) {
                throw new ConfigurationException(name + ":" + line + ": column 'category': '" + category + "' is justified twice");
            }
        }
        return java.util.Collections.unmodifiableMap(out);
    }
}
