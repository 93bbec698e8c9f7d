package org.mixite.spi.text;

import org.apiguardian.api.API;

/**
 * Keeps a text cell from running as a formula when a person opens the file in a spreadsheet
 * (OWASP, "CSV Injection"): a text starting with {@code =}, {@code +}, {@code -}, {@code @}, a
 * tab or a carriage return gets a leading {@code '}, which spreadsheets read as "this is text"
 * and do not show. Apply it to text cells only: a number written as a number (a line, a count,
 * an amount) is left as it is, so that it stays a number in the sheet.
 *
 * <p>For every file meant for a person to open (the rejects report, table exports, workbooks);
 * not for files meant to be read back exactly, such as the canonical records CSV, where it is
 * an option ({@code mixite records --spreadsheet-safe}).
 */
@API(status = API.Status.STABLE)
public final class SpreadsheetFormulas {

    private SpreadsheetFormulas() {
    }

    /** Whether a spreadsheet could take {@code text} for a formula (its first character is a trigger). */
    public static boolean looksLikeFormula(String text) {
        if (text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }

    /** {@code text} itself, or {@code '} followed by it when it {@linkplain #looksLikeFormula looks like a formula}. */
    public static String neutralise(String text) {
        return looksLikeFormula(text) ? "'" + text : text;
    }
}
