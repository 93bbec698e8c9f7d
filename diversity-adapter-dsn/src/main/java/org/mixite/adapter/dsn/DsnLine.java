package org.mixite.adapter.dsn;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One DSN line, {@code S21.G00.30.005,'02'} (dsn.md §1): the block {@code S21.G00.30}, the
 * rubric number 5 and the value. The value is everything between the first quote after the
 * first comma and the last quote of the line, verbatim: apostrophes inside values
 * ({@code RUE DE L'EXEMPLE}) are not escaped by DSN writers. An unquoted value is accepted and
 * flagged; {@code ''} means absent.
 */
record DsnLine(long number, String block, int rubric, Optional<String> value, boolean quoted) {

    private static final Pattern IDENTIFIER = Pattern.compile("(S[0-9]{2}\\.G[0-9]{2}\\.[0-9]{2})\\.([0-9]{3})");

    String id() {
        return block + "." + String.format("%03d", rubric);
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
        Matcher id = IDENTIFIER.matcher(line.substring(0, comma));
        if (!id.matches()) {
            throw new IllegalArgumentException("'" + shorten(line.substring(0, comma)) + "' is not a rubric identifier Sxx.Gxx.xx.xxx");
        }
        String rest = line.substring(comma + 1);
        String value;
        boolean quoted;
        int first = rest.indexOf('\'');
        int last = rest.lastIndexOf('\'');
        if (first == 0 && last > first) {
            value = rest.substring(first + 1, last);
            quoted = true;
            if (!rest.substring(last + 1).isBlank()) {
                throw new IllegalArgumentException("text after the closing quote");
            }
        } else if (first == 0) {
            throw new IllegalArgumentException("unclosed quote");
        } else {
            value = rest;
            quoted = false;
        }
        return Optional.of(new DsnLine(number, id.group(1), Integer.parseInt(id.group(2)),
                value.isEmpty() ? Optional.empty() : Optional.of(value), quoted));
    }

    private static String shorten(String text) {
        String printable = text.replaceAll("\\p{Cntrl}", "?");
        return printable.length() <= 30 ? printable : printable.substring(0, 27) + "...";
    }
}
