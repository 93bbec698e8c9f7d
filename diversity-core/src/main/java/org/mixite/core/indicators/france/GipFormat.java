package org.mixite.core.indicators.france;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apiguardian.api.API;
import org.mixite.spi.InputException;
import org.mixite.spi.model.ReferencePeriod;
import org.mixite.spi.validation.SourcePosition;

/**
 * The GIP-MDS pre-fill file as text (regulations.md §2): {@code ;}-separated, decimal comma,
 * UTF-8; line 1 the metadata header {@code destinataire;projet;horodatage;date_debut;date_fin;nb_lignes},
 * line 2 its values, line 3 the 71-column data header, then one row per SIREN.
 *
 * <p>Reading takes the columns by name, not position (the platform's later spelling, without
 * accents, and its people per band too: {@link GipColumn}), and refuses, with the line and column:
 * a missing or unknown column, a row with a different number of fields, a SIREN that is not 9
 * digits, a value that is not a number (or not an integer where a count is due), a value
 * outside its column's plausible range ({@link GipColumn.Kind}), a duplicated SIREN, and
 * metadata that do not parse or whose {@code nb_lignes} is not the number of rows.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class GipFormat {

    /** The metadata header, line 1. */
    public static final String METADATA_HEADER = "destinataire;projet;horodatage;date_debut;date_fin;nb_lignes";
    private static final String[] METADATA = METADATA_HEADER.split(";");
    private static final Pattern SIREN = Pattern.compile("\\d{9}");
    private static final Pattern NUMBER = Pattern.compile("-?\\d+([.,]\\d+)?");

    private GipFormat() {
    }

    /**
     * The file's text: the metadata, the header and one row per company, lines ending in
     * {@code \n}. Deterministic: the {@code horodatage} is the caller's (no clock is read).
     */
    public static String write(GipFile file) {
        StringBuilder out = new StringBuilder();
        GipMetadata m = file.metadata();
        out.append(METADATA_HEADER).append('\n');
        out.append(String.join(";", m.recipient(), m.project(), m.timestamp(), m.start().toString(), m.end().toString(),
                Long.toString(file.rows().size()))).append('\n');
        List<String> header = new ArrayList<>();
        GipColumn.fileColumns().forEach(c -> header.add(c.header()));
        out.append(String.join(";", header)).append('\n');
        for (GipFigures row : file.rows()) {
            List<String> fields = new ArrayList<>();
            for (GipColumn c : GipColumn.fileColumns()) {
                fields.add(c == GipColumn.SIREN ? row.siren() : row.get(c).map(GipFormat::format).orElse(""));
            }
            out.append(String.join(";", fields)).append('\n');
        }
        return out.toString();
    }

    /** A figure with a decimal comma, as written (its scale kept). */
    public static String format(BigDecimal value) {
        return value.toPlainString().replace('.', ',');
    }

    /** A file of figures for a reference period, with the metadata Mixité writes: DGT, DTS, the day after the period at midnight. */
    public static GipFile file(ReferencePeriod period, List<GipFigures> rows) {
        return new GipFile(new GipMetadata("DGT", "DTS", period.end().plusDays(1) + "T00:00:00", period.start(), period.end(), rows.size()), rows);
    }

    /**
     * Reads a file.
     *
     * @param source the file's name, for the messages
     * @throws InputException naming the line and column of the first problem
     */
    public static GipFile read(String source, Reader reader) {
        List<String> lines = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(reader)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lines.add(line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        while (!lines.isEmpty() && lines.get(lines.size() - 1).isBlank()) {
            lines.remove(lines.size() - 1);
        }
        if (!lines.isEmpty() && lines.get(0).startsWith("\uFEFF")) {
            lines.set(0, lines.get(0).substring(1));
        }
        if (lines.size() < 3) {
            throw new InputException(SourcePosition.of(source, lines.size() + 1), "a GIP-MDS file has a metadata line, its values and a data header"
                    + " (" + lines.size() + " line" + (lines.size() == 1 ? "" : "s") + " found)");
        }
        GipMetadata metadata = metadata(source, lines.get(0), lines.get(1), lines.size() - 3);
        String[] header = lines.get(2).split(";", -1);
        GipColumn[] columns = new GipColumn[header.length];
        Set<GipColumn> seen = new HashSet<>();
        for (int i = 0; i < header.length; i++) {
            int column = i + 1;
            GipColumn c = GipColumn.ofHeader(header[i]).orElseThrow(() -> new InputException(SourcePosition.of(source, 3, column),
                    "unknown column '" + header[column - 1] + "' (expected the 71 columns of the GIP-MDS pre-fill file)"));
            if (!seen.add(c)) {
                throw new InputException(SourcePosition.of(source, 3, column), "column '" + c.header().strip() + "' appears twice");
            }
            columns[i] = c;
        }
        // The platform's later file (medians without accents, people per band) carries fewer quality
        // indices: there they are the state's own and optional; in the file of regulations.md §2, all 15 are due.
        boolean laterFormat = false;
        for (int i = 0; i < header.length; i++) {
            laterFormat |= columns[i].kind() == GipColumn.Kind.BAND_COUNT || columns[i].spelledWithoutAccents(header[i]);
        }
        for (GipColumn c : GipColumn.fileColumns()) {
            if (!seen.contains(c) && !(laterFormat && c.kind() == GipColumn.Kind.QUALITY)) {
                throw new InputException(SourcePosition.of(source, 3), "missing column '" + c.header() + "'");
            }
        }
        List<GipFigures> rows = new ArrayList<>();
        Set<String> sirens = new HashSet<>();
        for (int l = 3; l < lines.size(); l++) {
            int line = l + 1;
            String[] fields = lines.get(l).split(";", -1);
            if (fields.length != columns.length) {
                throw new InputException(SourcePosition.of(source, line), fields.length + " fields, the header has " + columns.length);
            }
            String siren = "";
            Map<GipColumn, BigDecimal> values = new EnumMap<>(GipColumn.class);
            for (int i = 0; i < fields.length; i++) {
                SourcePosition at = SourcePosition.of(source, line, i + 1);
                String field = fields[i].strip();
                GipColumn c = columns[i];
                if (c == GipColumn.SIREN) {
                    // 9 digits; a number of another length is a broken SIREN. A company id that is no number
                    // (records identified otherwise, written by Mixité) is read as it is.
                    if (!field.isEmpty() && field.chars().allMatch(Character::isDigit) && !SIREN.matcher(field).matches()) {
                        throw new InputException(at, "SIREN: '" + field + "' is not a SIREN (9 digits)");
                    }
                    siren = field;
                } else if (!field.isEmpty()) {
                    values.put(c, number(at, c, field));
                }
            }
            if (!sirens.add(siren)) {
                throw new InputException(SourcePosition.of(source, line, 1), "SIREN " + (siren.isEmpty() ? "(empty)" : siren) + " appears twice");
            }
            rows.add(new GipFigures(siren, values));
        }
        return new GipFile(metadata, rows);
    }

    private static BigDecimal number(SourcePosition at, GipColumn c, String field) {
        String name = c.header().strip();
        if (!NUMBER.matcher(field).matches()) {
            throw new InputException(at, name + ": '" + field + "' is not a number (decimal comma, e.g. 1234,56)");
        }
        BigDecimal value = new BigDecimal(field.replace(',', '.'));
        if ((c.kind() == GipColumn.Kind.COUNT || c.kind() == GipColumn.Kind.BAND_COUNT) && value.stripTrailingZeros().scale() > 0) {
            throw new InputException(at, name + ": '" + field + "' is not a whole number of people");
        }
        if (value.compareTo(c.kind().min()) < 0 || value.compareTo(c.kind().max()) > 0) {
            throw new InputException(at, name + ": " + field + " is outside the plausible range " + format(c.kind().min())
                    + " to " + format(c.kind().max()));
        }
        return value;
    }

    private static GipMetadata metadata(String source, String headerLine, String valuesLine, long rows) {
        String[] header = headerLine.split(";", -1);
        String[] values = valuesLine.split(";", -1);
        Map<String, String> byName = new java.util.HashMap<>();
        Map<String, Integer> columnOf = new java.util.HashMap<>();
        for (int i = 0; i < header.length; i++) {
            String name = header[i].strip();
            if (!List.of(METADATA).contains(name)) {
                throw new InputException(SourcePosition.of(source, 1, i + 1), "unknown metadata column '" + name + "' (expected " + METADATA_HEADER + ")");
            }
            columnOf.put(name, i + 1);
            byName.put(name, i < values.length ? values[i].strip() : "");
        }
        for (String name : METADATA) {
            if (!byName.containsKey(name)) {
                throw new InputException(SourcePosition.of(source, 1), "missing metadata column '" + name + "'");
            }
        }
        if (values.length != header.length) {
            throw new InputException(SourcePosition.of(source, 2), values.length + " metadata values, the metadata header has " + header.length);
        }
        LocalDate start = date(source, byName, columnOf, "date_debut");
        LocalDate end = date(source, byName, columnOf, "date_fin");
        if (end.isBefore(start)) {
            throw new InputException(SourcePosition.of(source, 2, columnOf.get("date_fin")), "date_fin " + end + " is before date_debut " + start);
        }
        String n = byName.get("nb_lignes");
        SourcePosition at = SourcePosition.of(source, 2, columnOf.get("nb_lignes"));
        if (!n.matches("\\d{1,9}")) {
            throw new InputException(at, "nb_lignes: '" + n + "' is not a number of rows");
        }
        if (Long.parseLong(n) != rows) {
            throw new InputException(at, "nb_lignes says " + n + " rows, the file has " + rows);
        }
        return new GipMetadata(byName.get("destinataire"), byName.get("projet"), byName.get("horodatage"), start, end, rows);
    }

    private static LocalDate date(String source, Map<String, String> byName, Map<String, Integer> columnOf, String name) {
        try {
            return LocalDate.parse(byName.get(name));
        } catch (DateTimeParseException e) {
            throw new InputException(SourcePosition.of(source, 2, columnOf.get(name)), name + ": '" + byName.get(name) + "' is not a date (YYYY-MM-DD)");
        }
    }
}
