package org.mixite.adapter.dsn;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The declarations of a year's files and which of them a later one replaces or cancels
 * (dsn.md §3, "Rules for replacements"): a type {@code 03} or {@code 05} declaration replaces,
 * and a type {@code 04} deletes, the earlier declaration of the same SIRET, month and fraction.
 * Read before the individuals, from the header rubrics only, so the year's records are still
 * combined one person at a time.
 */
final class Declarations {

    /**
     * One declaration's header (S20.G00.05, S21.G00.06.001 and S21.G00.11.001).
     *
     * @param ordinal its rank in its file, from 1 (a file may carry one declaration per establishment)
     */
    record Header(String file, int ordinal, String nature, String type, String fraction, String month, String siren,
                  String nic) {

        /** What a replacement is matched on. */
        String key() {
            return siren + nic + "|" + month + "|" + fraction;
        }

        boolean replacesOrCancels() {
            return type.equals("03") || type.equals("04") || type.equals("05");
        }

        /** The types whose individuals never count: a cancellation and a replacement without individuals. */
        boolean withoutIndividuals() {
            return type.equals("04") || type.equals("05");
        }
    }

    private final Set<String> superseded = new HashSet<>();
    private final List<String> notes = new ArrayList<>();

    private Declarations() {
    }

    /** Reads the headers of the files, in the order given (the order in which they are read). */
    static Declarations read(List<String> files) throws IOException {
        List<Header> headers = new ArrayList<>();
        for (String file : files) {
            headers.addAll(headers(file));
        }
        return of(headers);
    }

    static Declarations of(List<Header> headers) {
        Declarations result = new Declarations();
        Map<String, List<Header>> byKey = new LinkedHashMap<>();
        for (Header h : headers) {
            if (h.nature().equals("01")) { // other natures are skipped anyway (dsn.md §3)
                byKey.computeIfAbsent(h.key(), k -> new ArrayList<>()).add(h);
            }
        }
        int replaced = 0;
        int cancelled = 0;
        for (List<Header> same : byKey.values()) {
            Header effective = null;
            for (Header h : same) {
                if (h.replacesOrCancels()) {
                    effective = h; // the last one read wins: each replaces the one before
                }
            }
            if (effective == null) {
                continue; // only normal declarations: a month given twice is handled person by person
            }
            for (Header h : same) {
                if (h != effective) {
                    result.superseded.add(id(h.file(), h.ordinal()));
                }
            }
            if (effective.withoutIndividuals()) {
                result.superseded.add(id(effective.file(), effective.ordinal()));
                cancelled++;
            } else {
                replaced++;
            }
        }
        if (replaced + cancelled > 0) {
            result.notes.add("replacements applied (05.002, dsn.md §3): " + replaced + " declaration(s) replaced in full (03), "
                    + cancelled + " cancelled or replaced without individuals (04/05); the declarations they replace are left out");
        }
        return result;
    }

    /** Whether the individuals of the {@code ordinal}-th declaration of {@code file} are left out. */
    boolean isSuperseded(String file, int ordinal) {
        return superseded.contains(id(file, ordinal));
    }

    List<String> notes() {
        return List.copyOf(notes);
    }

    private static String id(String file, int ordinal) {
        return file + "\u0000" + ordinal;
    }

    /**
     * The headers of one file. Only ASCII rubrics are read, so ISO-8859-1 reads any DSN
     * encoding; lines that are not rubrics are left to the full reader to report.
     */
    static List<Header> headers(String file) throws IOException {
        List<Header> headers = new ArrayList<>();
        String[] current = null; // nature, type, fraction, month, siren, nic
        String previousBlock = "";
        int previousRubric = 0;
        try (BufferedReader in = Files.newBufferedReader(Path.of(file), StandardCharsets.ISO_8859_1)) {
            String line;
            while ((line = in.readLine()) != null) {
                line = line.strip();
                if (line.length() < 15 || line.charAt(14) != ',' || !isDigits(line, 11, 14)) {
                    continue;
                }
                String block = line.substring(0, 10);
                int rubric = Integer.parseInt(line.substring(11, 14));
                // A new S20.G00.05 instance exactly when the full reader sees one (DsnRecordReader.read).
                boolean newInstance = !block.equals(previousBlock) || rubric <= previousRubric;
                previousBlock = block;
                previousRubric = rubric;
                if (block.equals("S20.G00.05") && newInstance) {
                    if (current != null) {
                        headers.add(header(file, headers.size() + 1, current));
                    }
                    // Unless stated: monthly (the reader's default), normal, not split.
                    current = new String[] {"01", "01", "11", "", "", ""};
                }
                if (current == null) {
                    continue;
                }
                int slot = switch (line.substring(0, 14)) {
                    case "S20.G00.05.001" -> 0;
                    case "S20.G00.05.002" -> 1;
                    case "S20.G00.05.003" -> 2;
                    case "S20.G00.05.005" -> 3;
                    case "S21.G00.06.001" -> 4;
                    case "S21.G00.11.001" -> 5;
                    default -> -1;
                };
                if (slot >= 0) {
                    current[slot] = value(line);
                }
            }
        }
        if (current != null) {
            headers.add(header(file, headers.size() + 1, current));
        }
        return headers;
    }

    private static boolean isDigits(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static Header header(String file, int ordinal, String[] v) {
        return new Header(file, ordinal, v[0], v[1], v[2], v[3], v[4], v[5]);
    }

    /** The text between the first and the last quote after the comma, as {@link DsnLine} reads it. */
    private static String value(String line) {
        int comma = line.indexOf(',');
        String rest = line.substring(comma + 1);
        int first = rest.indexOf('\'');
        int last = rest.lastIndexOf('\'');
        return first == 0 && last > first ? rest.substring(1, last) : rest;
    }
}
