package org.mixite.adapters.csv;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.mixite.core.table.EmployeeTable;
import org.mixite.spi.model.RecordField;

/**
 * The fast lane of a CSV's common lines: a line read straight from its bytes into a plain row,
 * with no {@code String} per field, when it is certainly what {@link PlainRows} would make of the
 * fields Jackson CSV gives for it. A line qualifies when it has no {@code "} and no {@code \r}
 * (the caller strips a {@code \r\n}'s), the header's number of fields, and every field in a
 * plainest form: digits, {@code yyyy-mm-dd} dates, amounts with at most two decimals (a decimal
 * comma with {@code ;}), an id of printable ASCII; coded and text columns (sex, contract,
 * booleans, fte, hours, company, category, postal code, …) go through a per-column memo keyed by
 * the field's bytes, whose value {@link PlainRows#cell} computes once from the text the bytes
 * decode to (strictly: bytes that are not UTF-8 make the line not plain). Any other line —
 * quoted fields, spaces or control characters in a number, a field too many — is left to the
 * general path (Jackson CSV, then {@link PlainRows} or the record path), so the two lanes give the
 * same rows by construction where the memo is concerned and by test for the rest
 * ({@code ParallelCsvTableReaderProperties}, {@code PlainLinesProperties}). One per thread.
 */
final class PlainLines {

    /** A line longer than this goes to the general path, which applies the reader's field and row length limits. */
    static final int LONGEST_PLAIN_LINE = 1_000_000;
    /** Distinct values remembered per column: coded columns have a handful, text columns a few thousand at most. */
    private static final int MEMO_LIMIT = 1 << 16;

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long QUOTES = 0x2222222222222222L;
    private static final long RETURNS = 0x0D0D0D0D0D0D0D0DL;
    private static final long NEWLINES = 0x0A0A0A0A0A0A0A0AL;

    private final RecordField[] fieldOfColumn;
    private final byte delimiter;
    /** The delimiter in each of a word's eight bytes. */
    private final long delimiters;
    private final boolean decimalComma;
    private final PlainRows rows;
    private final ByteMemo[] memo;
    private final int[] ends;
    private final CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private final EmployeeTable.PlainRow row = new EmployeeTable.PlainRow();
    /** A trimmed field's start and end, set by {@link #trimmed}. */
    private final int[] bounds = new int[2];

    PlainLines(RecordField[] fieldOfColumn, char delimiter, PlainRows rows) {
        this.fieldOfColumn = fieldOfColumn.clone();
        this.delimiter = (byte) delimiter;
        this.delimiters = (delimiter & 0xFFL) * 0x0101010101010101L;
        this.decimalComma = delimiter == ';';
        this.rows = rows;
        this.memo = new ByteMemo[fieldOfColumn.length];
        for (int i = 0; i < memo.length; i++) {
            memo[i] = new ByteMemo(MEMO_LIMIT);
        }
        this.ends = new int[fieldOfColumn.length];
    }

    /** The row the last {@link #fill} that returned true filled; overwritten by the next. */
    EmployeeTable.PlainRow row() {
        return row;
    }

    /**
     * Fills {@link #row} from the line {@code bytes[from, to)} (without its line break) when the
     * line is plain and its row certainly valid; false otherwise (the row is then undefined).
     */
    boolean fill(byte[] bytes, int from, int to) {
        if (to - from > LONGEST_PLAIN_LINE || !split(bytes, from, to)) {
            return false;
        }
        EmployeeTable.PlainRow r = row;
        PlainRows.reset(r);
        boolean idSeen = false;
        int start = from;
        for (int i = 0; i < fieldOfColumn.length; i++) {
            int end = ends[i];
            RecordField field = fieldOfColumn[i];
            if (field != null) {
                boolean plain = switch (field) {
                    case ID -> idSeen = id(bytes, start, end, r);
                    case BIRTH_DATE, HIRE_DATE, EXIT_DATE -> date(field, bytes, start, end, r);
                    case BIRTH_YEAR -> birthYear(bytes, start, end, r);
                    case ANNUAL_BASE_PAY, ANNUAL_VARIABLE_PAY, ANNUAL_EXCLUDED_PAY, BONUS_12M -> amount(field, bytes, start, end, r);
                    default -> PlainRows.assign(field, cell(i, field, bytes, start, end), r);
                };
                if (!plain) {
                    return false;
                }
            }
            start = end + 1;
        }
        return idSeen && PlainRows.consistent(r);
    }

    /** The end of every field in {@link #ends}; false when the line has a quote, a line break, or not the header's number of fields. */
    private boolean split(byte[] bytes, int from, int to) {
        int field = 0;
        int last = ends.length - 1;
        long delimiters = this.delimiters;
        int i = from;
        // Eight bytes at a time: a quote or a line break anywhere fails the line, each delimiter ends a field.
        for (; i + 8 <= to; i += 8) {
            long word = (long) LONGS.get(bytes, i);
            if ((LineBreaks.zeroBytes(word ^ QUOTES) | LineBreaks.zeroBytes(word ^ RETURNS) | LineBreaks.zeroBytes(word ^ NEWLINES)) != 0) {
                return false;
            }
            long found = LineBreaks.zeroBytes(word ^ delimiters);
            while (found != 0) {
                if (field == last) {
                    return false;
                }
                ends[field++] = i + (Long.numberOfTrailingZeros(found) >>> 3);
                found &= found - 1;
            }
        }
        byte d = delimiter;
        for (; i < to; i++) {
            byte b = bytes[i];
            if (b == d) {
                if (field == last) {
                    return false;
                }
                ends[field++] = i;
            } else if (b <= '"' && (b == '"' || b == '\r' || b == '\n')) {
                return false;
            }
        }
        if (field != last) {
            return false;
        }
        ends[last] = to;
        return true;
    }

    /** The id, trimmed as {@code String.trim} does: printable ASCII only here (anything else goes the general way). */
    private static boolean id(byte[] bytes, int from, int to, EmployeeTable.PlainRow r) {
        while (from < to && bytes[from] == ' ') {
            from++;
        }
        while (to > from && bytes[to - 1] == ' ') {
            to--;
        }
        if (from == to || to - from > 100) {
            return false;
        }
        for (int i = from; i < to; i++) {
            byte b = bytes[i];
            if (b < 0x20 || b == 0x7F) {
                return false; // a control character or a byte of a multi-byte character (negative)
            }
        }
        r.id = new String(bytes, from, to - from, StandardCharsets.ISO_8859_1);
        return true;
    }

    /**
     * A field trimmed of spaces into {@code bounds} ({@code [from, to)}); 0 when it was blank
     * (spaces only, or empty), 1 when it has printable ASCII left, -1 when it has another byte
     * (a control character or non-ASCII: the general path decides).
     */
    private static int trimmed(byte[] bytes, int from, int to, int[] bounds) {
        for (int i = from; i < to; i++) {
            byte b = bytes[i];
            if (b < 0x20 || b == 0x7F) {
                return -1;
            }
        }
        while (from < to && bytes[from] == ' ') {
            from++;
        }
        while (to > from && bytes[to - 1] == ' ') {
            to--;
        }
        bounds[0] = from;
        bounds[1] = to;
        return from == to ? 0 : 1;
    }

    /** A plain {@code yyyy-mm-dd} date from 1900 to 2100 (as {@link PlainRows#date(String)}), or absent when blank. */
    private boolean date(RecordField field, byte[] bytes, int from, int to, EmployeeTable.PlainRow r) {
        if (from == to) {
            return true; // absent
        }
        int s = from;
        int e = to;
        if (to - from != 10) {
            int kind = trimmed(bytes, from, to, bounds);
            if (kind <= 0) {
                return kind == 0;
            }
            s = bounds[0];
            e = bounds[1];
        }
        if (e - s != 10 || bytes[s + 4] != '-' || bytes[s + 7] != '-') {
            return false;
        }
        int year = digits(bytes, s, s + 4);
        int month = digits(bytes, s + 5, s + 7);
        int day = digits(bytes, s + 8, s + 10);
        if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1 || day > PlainRows.monthLength(year, month)) {
            return false;
        }
        return rows.date(field, year, month, day, r);
    }

    private boolean birthYear(byte[] bytes, int from, int to, EmployeeTable.PlainRow r) {
        int kind = trimmed(bytes, from, to, bounds);
        if (kind <= 0) {
            return kind == 0;
        }
        int year = bounds[1] - bounds[0] > 9 ? -1 : digits(bytes, bounds[0], bounds[1]);
        if (year < 1900 || year > 2100) {
            return false;
        }
        r.birthYear = year;
        return true;
    }

    /** The value of ASCII digits (at most 9), else -1. */
    private static int digits(byte[] bytes, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            int c = bytes[i] - '0';
            if (c < 0 || c > 9) {
                return -1;
            }
            value = value * 10 + c;
        }
        return value;
    }

    /** An amount as {@code PlainRows.amount} reads its text, or absent when blank. */
    private boolean amount(RecordField field, byte[] bytes, int from, int to, EmployeeTable.PlainRow r) {
        if (from == to) {
            return true; // absent
        }
        if (bytes[from] == ' ' || bytes[to - 1] == ' ') {
            // Spaces around it (or only spaces): trimmed first; the loop below refuses any other byte.
            int kind = trimmed(bytes, from, to, bounds);
            if (kind <= 0) {
                return kind == 0;
            }
            from = bounds[0];
            to = bounds[1];
        }
        long unscaled = 0;
        int digits = 0;
        int decimals = -1;
        for (int i = from; i < to; i++) {
            int c = bytes[i];
            if (c >= '0' && c <= '9') {
                unscaled = unscaled * 10 + (c - '0');
                digits++;
                if (decimals >= 0) {
                    decimals++;
                }
            } else if ((c == '.' || (c == ',' && decimalComma)) && decimals < 0 && digits > 0) {
                decimals = 0;
            } else {
                return false;
            }
        }
        return PlainRows.amount(field, unscaled, digits, decimals, r);
    }

    /** The {@link PlainRows#cell} of a coded or text field, remembered by its bytes. */
    private Object cell(int column, RecordField field, byte[] bytes, int from, int to) {
        ByteMemo seen = memo[column];
        Object value = seen.get(bytes, from, to);
        if (value == null) {
            String text = decode(bytes, from, to);
            value = text == null ? PlainRows.NOT_PLAIN : PlainRows.cell(field, text, decimalComma);
            seen.put(bytes, from, to, value);
        }
        return value;
    }

    /** The text of UTF-8 bytes, or null when they are not UTF-8. */
    private String decode(byte[] bytes, int from, int to) {
        boolean ascii = true;
        for (int i = from; i < to && ascii; i++) {
            ascii = bytes[i] >= 0;
        }
        if (ascii) {
            return new String(bytes, from, to - from, StandardCharsets.ISO_8859_1);
        }
        try {
            CharBuffer chars = strict.reset().decode(ByteBuffer.wrap(bytes, from, to - from));
            return chars.toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
