package org.mixite.adapter.dsn;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * One DSN line, {@code S21.G00.30.005,'02'} (dsn.md §1): the block {@code S21.G00.30}, the
 * rubric number 5 and the value. The value is everything between the first quote after the
 * first comma and the last quote of the line, verbatim: apostrophes inside values
 * ({@code RUE DE L'EXEMPLE}) are not escaped by DSN writers. An unquoted value is accepted and
 * flagged; {@code ''} means absent.
 */
record DsnLine(long number, String block, int rubric, Optional<String> value, boolean quoted) {

    /**
     * The known blocks' names, one instance each, by {@link #slot}: a line's block is then found without
     * a new string, and compared and hashed (string switches) at the cost of a cached hash.
     */
    private static final String[] CANONICAL = new String[400];

    static {
        for (String block : DsnCodes.KNOWN_BLOCKS) {
            int slot = slot(block);
            if (slot < 0 || CANONICAL[slot] != null) {
                throw new IllegalStateException("no slot for block " + block);
            }
            CANONICAL[slot] = block;
        }
    }

    /** Where a block {@code Sxx.Gxx.xx} (digits checked) of the known structures S10, S20, S21, S90 and group G00 is kept, else -1. */
    private static int slot(String line) {
        if (line.charAt(5) != '0' || line.charAt(6) != '0') {
            return -1;
        }
        int structure = switch ((line.charAt(1) - '0') * 10 + line.charAt(2) - '0') {
            case 10 -> 0;
            case 20 -> 1;
            case 21 -> 2;
            case 90 -> 3;
            default -> -1;
        };
        return structure < 0 ? -1 : structure * 100 + (line.charAt(8) - '0') * 10 + line.charAt(9) - '0';
    }

    /** Whether the block is one of {@link DsnCodes#KNOWN_BLOCKS}, without hashing it (it is asked for every line). */
    boolean knownBlock() {
        int slot = block.length() == 10 ? slot(block) : -1;
        return slot >= 0 && slot < CANONICAL.length && CANONICAL[slot] != null && CANONICAL[slot].equals(block);
    }

    String id() {
        // The rubric always has three digits (see parse), so this is String.format("%03d") without its cost or locale.
        return block + "." + (char) ('0' + rubric / 100) + (char) ('0' + rubric / 10 % 10) + (char) ('0' + rubric % 10);
    }

    /**
     * Parses a line; blank lines give empty.
     *
     * @throws IllegalArgumentException with a message for the user when the line is not a rubric
     */
    static Optional<DsnLine> parse(String raw, long number) {
        String line = raw.strip();
        if (line.isEmpty()) {
            return Optional.empty();
        }
        int comma = line.indexOf(',');
        if (comma < 0) {
            throw new IllegalArgumentException("not a rubric line: no comma after the identifier");
        }
        if (!identifier(line, comma)) {
            throw new IllegalArgumentException("'" + shorten(line.substring(0, comma)) + "' is not a rubric identifier Sxx.Gxx.xx.xxx");
        }
        String value;
        boolean quoted;
        int first = comma + 1;
        // Most lines end with their closing quote: found without a scan.
        int last = line.charAt(line.length() - 1) == '\'' ? line.length() - 1 : line.lastIndexOf('\'');
        if (first < line.length() && line.charAt(first) == '\'' && last > first) {
            value = line.substring(first + 1, last);
            quoted = true;
            if (!blank(line, last + 1)) {
                throw new IllegalArgumentException("text after the closing quote");
            }
        } else if (first < line.length() && line.charAt(first) == '\'') {
            throw new IllegalArgumentException("unclosed quote");
        } else {
            value = line.substring(first);
            quoted = false;
        }
        int slot = slot(line);
        String block = slot >= 0 && CANONICAL[slot] != null ? CANONICAL[slot] : line.substring(0, 10);
        int rubric = (line.charAt(11) - '0') * 100 + (line.charAt(12) - '0') * 10 + (line.charAt(13) - '0');
        return Optional.of(new DsnLine(number, block, rubric,
                value.isEmpty() ? Optional.empty() : Optional.of(value), quoted));
    }

    /**
     * {@link #parse(String, long)} of the ISO-8859-1 line {@code b[from, to)}: a plain quoted rubric
     * ({@code Sxx.Gxx.xx.xxx,'value'} within white space) is read from the bytes, its value the only
     * string made; any other line is made a string and parsed as such, so results and messages are the same.
     */
    static Optional<DsnLine> parse(byte[] b, int from, int to, long number, DsnLines text) {
        int start = from;
        int end = to;
        while (start < end && DsnLines.whitespace(b[start])) {
            start++;
        }
        while (end > start && DsnLines.whitespace(b[end - 1])) {
            end--;
        }
        if (end - start < 17 || b[start + 14] != ',' || b[start + 15] != '\'' || b[end - 1] != '\'' || !identifier(b, start)) {
            return parse(text.text(), number); // blank, unquoted, broken or odd: the string path decides
        }
        int slot = slot(b, start);
        String block = slot >= 0 && CANONICAL[slot] != null ? CANONICAL[slot] : new String(b, start, 10, StandardCharsets.ISO_8859_1);
        int rubric = (b[start + 11] - '0') * 100 + (b[start + 12] - '0') * 10 + (b[start + 13] - '0');
        int valueLength = end - 1 - (start + 16);
        return Optional.of(new DsnLine(number, block, rubric,
                valueLength == 0 ? Optional.empty() : text.value(b, start + 16, valueLength),
                true));
    }

    /** {@link #identifier(String, int)} of the bytes from {@code at}, the comma at {@code at + 14} already checked. */
    private static boolean identifier(byte[] b, int at) {
        if (b[at] != 'S' || b[at + 3] != '.' || b[at + 4] != 'G' || b[at + 7] != '.' || b[at + 10] != '.') {
            return false;
        }
        for (int i : DIGITS) {
            byte c = b[at + i];
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** {@link #slot(String)} of the bytes from {@code at}. */
    private static int slot(byte[] b, int at) {
        if (b[at + 5] != '0' || b[at + 6] != '0') {
            return -1;
        }
        int structure = switch ((b[at + 1] - '0') * 10 + b[at + 2] - '0') {
            case 10 -> 0;
            case 20 -> 1;
            case 21 -> 2;
            case 90 -> 3;
            default -> -1;
        };
        return structure < 0 ? -1 : structure * 100 + (b[at + 8] - '0') * 10 + b[at + 9] - '0';
    }

    /** Whether {@code line} starts with an identifier {@code Sxx.Gxx.xx.xxx} (ASCII digits) that ends at {@code comma}. */
    private static boolean identifier(String line, int comma) {
        if (comma != 14 || line.charAt(0) != 'S' || line.charAt(3) != '.' || line.charAt(4) != 'G' || line.charAt(7) != '.'
                || line.charAt(10) != '.') {
            return false;
        }
        for (int i : DIGITS) {
            char c = line.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static final int[] DIGITS = {1, 2, 5, 6, 8, 9, 11, 12, 13};

    /** Whether the line holds only white space from {@code from} on ({@link String#isBlank()} of that part). */
    private static boolean blank(String line, int from) {
        for (int i = from; i < line.length(); ) {
            int c = line.codePointAt(i);
            if (!Character.isWhitespace(c)) {
                return false;
            }
            i += Character.charCount(c);
        }
        return true;
    }

    private static String shorten(String text) {
        String printable = text.replaceAll("\\p{Cntrl}", "?");
        return printable.length() <= 30 ? printable : printable.substring(0, 27) + "...";
    }
}
