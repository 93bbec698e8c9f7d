package org.mixite.adapters.csv;

/** Detects the delimiter of a CSV from its first line. */
final class Delimiters {

    private Delimiters() {
    }

    /**
     * {@code ;} when the first line has more semicolons than commas outside quotes, else {@code ,}.
     * French spreadsheet exports use {@code ;} because {@code ,} is their decimal separator.
     */
    static char detect(String head) {
        int commas = 0;
        int semicolons = 0;
        boolean quoted = false;
        for (int i = 0; i < head.length(); i++) {
            char c = head.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted && c == ',') {
                commas++;
            } else if (!quoted && c == ';') {
                semicolons++;
            }
        }
        return semicolons > commas ? ';' : ',';
    }
}
