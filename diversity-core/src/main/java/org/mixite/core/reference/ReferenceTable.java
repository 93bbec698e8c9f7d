package org.mixite.core.reference;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.mixite.spi.ConfigurationException;

/**
 * A versioned table of reference data (job families, benchmark figures): a small CSV with
 * {@code # key: value} metadata lines (version, source), a header row, and rows whose fields may
 * be quoted. Read with a minimal parser so that the core needs no CSV library; the files are
 * Mixité's own, or a company's mapping file.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class ReferenceTable {

    private final String name;
    private final Map<String, String> metadata;
    private final List<String> header;
    private final List<Map<String, String>> rows;

    private ReferenceTable(String name, Map<String, String> metadata, List<String> header, List<Map<String, String>> rows) {
        this.name = name;
        this.metadata = Map.copyOf(metadata);
        this.header = List.copyOf(header);
        this.rows = List.copyOf(rows);
    }

    /** Reads a table shipped in a jar, next to {@code owner}. */
    public static ReferenceTable resource(Class<?> owner, String resource) {
        try (InputStream in = owner.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("reference table " + resource + " is missing from the jar");
            }
            return read(resource, new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a table.
     *
     * @throws ConfigurationException naming the source and line of a malformed row
     */
    public static ReferenceTable read(String name, Reader source) throws IOException {
        Map<String, String> metadata = new LinkedHashMap<>();
        List<String> header = null;
        List<Map<String, String>> rows = new ArrayList<>();
        BufferedReader reader = new BufferedReader(source);
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            if (number == 1 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            if (line.isBlank()) {
                continue;
            }
            if (line.startsWith("#")) {
                int colon = line.indexOf(':');
                if (colon > 0) {
                    metadata.put(line.substring(1, colon).trim().toLowerCase(Locale.ROOT), line.substring(colon + 1).trim());
                }
                continue;
            }
            List<String> fields = split(line, name, number);
            if (header == null) {
                header = fields.stream().map(f -> f.trim().toLowerCase(Locale.ROOT)).toList();
                continue;
            }
            if (fields.size() > header.size()) {
                throw new ConfigurationException(name + ":" + number + ": " + fields.size() + " fields, the header has " + header.size());
            }
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                row.put(header.get(i), i < fields.size() ? fields.get(i).trim() : "");
            }
            row.put("#line", Integer.toString(number));
            rows.add(row);
        }
        if (header == null) {
            throw new ConfigurationException(name + ": empty table, a header row is needed");
        }
        return new ReferenceTable(name, metadata, header, rows);
    }

    /** Splits a CSV line: {@code ,} separated, fields optionally in double quotes with {@code ""} escapes. */
    private static List<String> split(String line, String name, int number) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',' || c == ';') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw new ConfigurationException(name + ":" + number + ": unclosed quote");
        }
        fields.add(field.toString());
        return fields;
    }

    public String name() {
        return name;
    }

    /** A metadata value, e.g. {@code version}. */
    public Optional<String> metadata(String key) {
        return Optional.ofNullable(metadata.get(key));
    }

    public List<String> header() {
        return header;
    }

    /** The rows, each a map from header name to value, plus {@code #line} for messages. */
    public List<Map<String, String>> rows() {
        return rows;
    }

    /** A required column's value in a row, or a message naming the table, line and column. */
    public String required(Map<String, String> row, String column) {
        String value = row.get(column);
        if (value == null || value.isBlank()) {
            throw new ConfigurationException(name + ":" + row.get("#line") + ": column '" + column + "' is empty");
        }
        return Objects.requireNonNull(value);
    }
}
