package org.mixite.adapters.csv;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;
import org.mixite.adapters.text.TextInput;
import org.mixite.spi.ConfigurationException;
import org.mixite.spi.adapter.InputSource;
import org.mixite.spi.model.RecordField;

/**
 * Maps the headers of an export onto canonical columns. The file has two columns, the source
 * header and the canonical name, with an optional header row {@code source,target}:
 * <pre>
 * source;target
 * matricule;id
 * sexe;sex
 * date_naissance;birth_date
 * </pre>
 * Headers not listed keep their own name, so a file that already uses some canonical names
 * needs to map only the others.
 */
@API(status = API.Status.STABLE)
public final class ColumnMapping {

    private final Map<String, RecordField> aliases;
    private final String origin;

    private ColumnMapping(Map<String, RecordField> aliases, String origin) {
        this.aliases = Map.copyOf(aliases);
        this.origin = origin;
    }

    /** No aliases: headers must be canonical names. */
    public static ColumnMapping canonical() {
        return new ColumnMapping(Map.of(), "canonical");
    }

    /** Aliases given in code: source header → canonical field. */
    public static ColumnMapping of(Map<String, RecordField> aliases) {
        Map<String, RecordField> normalized = new HashMap<>();
        aliases.forEach((k, v) -> normalized.put(normalize(k), v));
        return new ColumnMapping(normalized, "in-code mapping");
    }

    /**
     * Reads a mapping file.
     *
     * @throws ConfigurationException naming the file and line of any problem
     */
    public static ColumnMapping read(Path file) {
        InputSource source = InputSource.of(file);
        Map<String, RecordField> aliases = new HashMap<>();
        try {
            byte[] head = source.head(TextInput.SNIFF_BYTES);
            char delimiter = Delimiters.detect(TextInput.headText(head));
            CsvMapper mapper = new CsvMapper();
            try (Reader reader = TextInput.openUtf8(source);
                 CsvParser parser = mapper.getFactory().createParser(reader)) {
                parser.setSchema(CsvSchema.emptySchema().withColumnSeparator(delimiter).withoutHeader());
                parser.enable(CsvParser.Feature.SKIP_EMPTY_LINES);
                List<String> row = new ArrayList<>();
                long line = 0;
                JsonToken token;
                while ((token = parser.nextToken()) != null) {
                    if (token == JsonToken.START_ARRAY) {
                        row.clear();
                    } else if (token == JsonToken.VALUE_STRING) {
                        if (row.isEmpty()) {
                            line = parser.currentTokenLocation().getLineNr();
                        }
                        row.add(parser.getText());
                    } else if (token == JsonToken.END_ARRAY) {
                        addRow(file, line, row, aliases);
                    }
                }
            }
        } catch (NoSuchFileException e) {
            throw new ConfigurationException("mapping file " + file + " not found", e);
        } catch (IOException e) {
            throw new ConfigurationException("mapping file " + file + " cannot be read: " + e.getMessage(), e);
        }
        return new ColumnMapping(aliases, file.toString());
    }

    private static void addRow(Path file, long line, List<String> row, Map<String, RecordField> aliases) {
        if (row.size() == 1 && row.get(0).isBlank()) {
            return;
        }
        if (row.size() != 2) {
            throw new ConfigurationException(file + ":" + line + ": a mapping line needs 2 fields (source header, canonical name), found " + row.size());
        }
        String source = normalize(row.get(0));
        String target = row.get(1).trim();
        if (line == 1 && source.equals("source") && target.equalsIgnoreCase("target")) {
            return;
        }
        RecordField field = RecordField.byName(target).orElseThrow(() -> new ConfigurationException(
                file + ":" + line + ": '" + target + "' is not a canonical column name"));
        RecordField previous = aliases.put(source, field);
        if (previous != null && previous != field) {
            throw new ConfigurationException(file + ":" + line + ": header '" + row.get(0).trim()
                    + "' is mapped twice, to " + previous.columnName() + " and " + field.columnName());
        }
    }

    /** The canonical field a header stands for: an alias first, then the canonical name itself. */
    public Optional<RecordField> resolve(String header) {
        String key = normalize(header);
        RecordField alias = aliases.get(key);
        return alias != null ? Optional.of(alias) : RecordField.byName(key);
    }

    static String normalize(String header) {
        return header.strip().toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return origin;
    }
}
