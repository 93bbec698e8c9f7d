package org.mixite.samples.xlsx;

/**
 * Guards text written to a spreadsheet: a value that starts with {@code = + - @} (or a tab or
 * carriage return) would be taken for a formula by a spreadsheet that re-reads it, e.g. after a
 * CSV export (CSV/formula injection, OWASP). Such text gets a leading apostrophe, as the OWASP
 * advice says; the workbook itself never stores data as formulas.
 */
public final class CellText {

    private CellText() {
    }

    /** The text, with a leading {@code '} when it could be read as a formula. */
    public static String neutralise(String text) {
        if (text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + text : text;
    }
}
