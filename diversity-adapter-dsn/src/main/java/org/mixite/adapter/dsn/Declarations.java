package org.mixite.adapter.dsn;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The declarations of a year's files and which of them a later one replaces or cancels
 * (dsn.md §3, "Rules for replacements"): a type {@code 03} declaration replaces, and a type
 * {@code 04} or {@code 05} deletes, what was declared before it for the same SIRET, month and
 * fraction ("before" = read before: see {@link #of(List)}). Read before the individuals, from
 * the header rubrics only, so the year's records are still combined one person at a time.
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

    /**
     * Which declarations count, in read order per SIRET, month and fraction: a normal one (01/02)
     * adds to what counts; a 03 replaces everything read before it; a 04 or 05 deletes it (and
     * counts nothing itself). So a month cancelled and then declared again counts once, and of
     * two corrections the one read last wins. The order is the read order (files by name):
     * 05.006 names the replaced declaration by an identifier the file does not carry.
     */
    static Declarations of(List<Header> headers) {
        Declarations result = new Declarations();
        Map<String, List<Header>> counting = new LinkedHashMap<>();
        int replacements = 0;
        int cancellations = 0;
        for (Header h : headers) {
            if (!h.nature().equals("01")) {
                continue; // other natures are skipped anyway (dsn.md §3)
            }
            List<Header> current = counting.computeIfAbsent(h.key(), k -> new ArrayList<>());
            if (!h.replacesOrCancels()) {
                current.add(h); // two normal declarations of one month: read person by person, first kept
                continue;
            }
            for (Header earlier : current) {
                result.superseded.add(id(earlier.file(), earlier.ordinal()));
            }
            current.clear();
            if (h.withoutIndividuals()) {
                result.superseded.add(id(h.file(), h.ordinal()));
                cancellations++;
            } else {
                current.add(h);
                replacements++;
            }
        }
        if (replacements + cancellations > 0) {
            result.notes.add("replacements applied (05.002, dsn.md §3, in the order the files are read): " + replacements
                    + " declaration(s) of type 03 replace what was read before them, " + cancellations
                    + " of type 04/05 cancel it; what they replace is left out");
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

    /** The blocks the prescan reads (with the line after a declaration's line). */
    private static final byte[][] HEADER_BLOCKS = {"S20.G00.05".getBytes(StandardCharsets.ISO_8859_1),
        "S21.G00.06".getBytes(StandardCharsets.ISO_8859_1), "S21.G00.11".getBytes(StandardCharsets.ISO_8859_1)};

    /**
     * The headers of one file. Only ASCII rubrics are read, so ISO-8859-1 reads any DSN
     * encoding; lines that are not rubrics are left to the full reader to report. A company
     * block (06) read before its declaration (S20 after 06, before any 11) is that declaration's,
     * as in the full reader (dsn.md §2, "Blocks out of order").
     */
    static List<Header> headers(String file) throws IOException {
        List<Header> headers = new ArrayList<>();
        String[] current = null; // nature, type, fraction, month, siren, nic
        String previousBlock = "";
        int previousRubric = 0;
        String waitingSiren = null; // a 06.001 read before any declaration or after this one's establishment
        boolean establishment = false; // an 11 since the current S20
        try (DsnLines in = DsnLines.latin1(file, Files.newInputStream(Path.of(file)))) {
            String raw;
            // After a declaration's line, any line matters (it may end the instance); otherwise only the header
            // blocks' lines do: any other line only matters as "not a declaration header line", which the previous
            // one already was. The lines skipped never become strings.
            while ((raw = previousBlock.equals("S20.G00.05") ? in.readLine() : in.readLineStartingWith(HEADER_BLOCKS)) != null) {
                Optional<DsnLine> parsed;
                try {
                    parsed = DsnLine.parse(raw, 0); // the line's number is not used here
                } catch (IllegalArgumentException notARubric) {
                    continue; // the full reader reports it and ignores it for block boundaries: so does this
                }
                if (parsed.isEmpty()) {
                    continue;
                }
                DsnLine line = parsed.get();
                // A new S20.G00.05 instance exactly when the full reader opens one (DsnRecordReader.read).
                boolean newInstance = !line.block().equals(previousBlock) || line.rubric() <= previousRubric;
                previousBlock = line.block();
                previousRubric = line.rubric();
                if (line.block().equals("S20.G00.05") && newInstance) {
                    if (current != null) {
                        headers.add(header(file, headers.size() + 1, current));
                    }
                    // Nature and month carry over, as in the full reader; type and fraction default to normal, not split.
                    current = current == null ? new String[] {"01", "01", "11", "", "", ""}
                            : new String[] {current[0], "01", "11", current[3], "", ""};
                    if (waitingSiren != null) {
                        current[4] = waitingSiren;
                        waitingSiren = null;
                    }
                    establishment = false;
                }
                if (line.block().equals("S21.G00.11")) {
                    if (waitingSiren != null && current != null) {
                        current[4] = waitingSiren; // a second company in one declaration: the full reader takes the latest
                    }
                    waitingSiren = null;
                    establishment = true;
                }
                if (line.block().equals("S21.G00.06") && line.rubric() == 1 && line.value().isPresent()
                        && (current == null || establishment)) {
                    waitingSiren = line.value().get();
                    continue;
                }
                if (current == null) {
                    continue;
                }
                int slot = switch (line.block()) {
                    case "S20.G00.05" -> switch (line.rubric()) {
                        case 1 -> 0;
                        case 2 -> 1;
                        case 3 -> 2;
                        case 5 -> 3;
                        default -> -1;
                    };
                    case "S21.G00.06" -> line.rubric() == 1 ? 4 : -1;
                    case "S21.G00.11" -> line.rubric() == 1 ? 5 : -1;
                    default -> -1;
                };
                if (slot >= 0 && line.value().isPresent()) {
                    current[slot] = line.value().get();
                }
            }
        }
        if (current != null) {
            headers.add(header(file, headers.size() + 1, current));
        }
        return headers;
    }

    private static Header header(String file, int ordinal, String[] v) {
        return new Header(file, ordinal, v[0], v[1], v[2], v[3], v[4], v[5]);
    }

}
