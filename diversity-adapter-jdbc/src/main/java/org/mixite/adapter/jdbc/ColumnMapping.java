package org.mixite.adapter.jdbc;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.mixite.spi.ConfigurationException;
import org.mixite.spi.model.RecordField;

/**
 * Which canonical field each result column feeds: the {@code mapping} option's
 * {@code column=field} pairs first, then the column's own name when it is a canonical one
 * ({@code birth_date} or {@code birthDate}), ignoring case.
 */
final class ColumnMapping {

    private final Map<String, RecordField> aliases;

    private ColumnMapping(Map<String, RecordField> aliases) {
        this.aliases = Map.copyOf(aliases);
    }

    /** Parses {@code matricule=id, sexe=sex}; empty text means no alias. */
    static ColumnMapping parse(String text) {
        Map<String, RecordField> aliases = new HashMap<>();
        for (String pair : text.split(",")) {
            if (pair.isBlank()) {
                continue;
            }
            int equals = pair.indexOf('=');
            if (equals <= 0 || equals == pair.length() - 1) {
                throw new ConfigurationException("jdbc option mapping takes column=canonical_name pairs separated by commas, "
                        + "e.g. matricule=id,sexe=sex; '" + shorten(pair.strip()) + "' is not one");
            }
            String column = JdbcAdapter.lower(pair.substring(0, equals).strip());
            String target = pair.substring(equals + 1).strip();
            RecordField field = RecordField.byName(target).orElseThrow(() -> new ConfigurationException(
                    "jdbc option mapping: '" + shorten(target) + "' is not a canonical field name (e.g. id, sex, birth_date)"));
            if (aliases.putIfAbsent(column, field) != null) {
                throw new ConfigurationException("jdbc option mapping names column '" + shorten(column) + "' twice");
            }
        }
        return new ColumnMapping(aliases);
    }

    Optional<RecordField> resolve(String column) {
        RecordField alias = aliases.get(JdbcAdapter.lower(column.strip()));
        return alias != null ? Optional.of(alias) : RecordField.byName(column);
    }

    private static String shorten(String text) {
        String printable = text.replaceAll("\\p{Cntrl}", "?");
        return printable.length() <= 60 ? printable : printable.substring(0, 57) + "...";
    }
}
