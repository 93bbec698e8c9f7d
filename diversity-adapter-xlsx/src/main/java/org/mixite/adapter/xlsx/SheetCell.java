package org.mixite.adapter.xlsx;

/**
 * One cell of a sheet as stored: its reference ({@code F12}), its 0-based column and its value
 * with the Excel type it had.
 */
record SheetCell(String reference, int column, Type type, String value) {

    /** The stored types that matter to records. */
    enum Type {
        /** Text, shared or inline, or the text result of a formula. */
        TEXT,
        /** A number, held as the exact text Excel stored ({@code 52000.5}). */
        NUMBER,
        /** A number formatted as a date or time: a date serial. */
        DATE,
        BOOLEAN,
        /** An error value such as {@code #N/A}. */
        ERROR
    }

    /** The 0-based column of a reference such as {@code F12} or {@code AB3}; -1 if it has none. */
    static int columnOf(String reference) {
        int column = 0;
        int i = 0;
        while (i < reference.length() && Character.isLetter(reference.charAt(i))) {
            char c = Character.toUpperCase(reference.charAt(i));
            if (c < 'A' || c > 'Z' || i >= 3) {
                return -1;
            }
            column = column * 26 + (c - 'A' + 1);
            i++;
        }
        return i == 0 ? -1 : column - 1;
    }

    /** The letters of a 0-based column: 0 → A, 27 → AB. */
    static String columnName(int column) {
        StringBuilder name = new StringBuilder();
        for (int n = column + 1; n > 0; n = (n - 1) / 26) {
            name.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return name.toString();
    }
}
