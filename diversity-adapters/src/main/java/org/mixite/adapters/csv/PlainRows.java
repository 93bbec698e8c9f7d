package org.mixite.adapters.csv;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mixite.core.table.EmployeeTable;
import org.mixite.core.table.TableColumns;
import org.mixite.spi.model.Bounds;
import org.mixite.spi.model.RecordField;
import org.mixite.spi.text.FieldText;
import org.mixite.spi.validation.TextConstraints;

/**
 * The common rows of a canonical CSV put straight into table columns, with no record object:
 * a row whose every field is in its plainest form (plain {@code yyyy-mm-dd} dates, amounts of
 * digits with at most two decimals, …), that the record's constraints certainly accept, and
 * that the table holds as a plain row. Any other row is left to the record path (parse, Bean
 * Validation, rejection messages), so this class only decides "certainly valid and plain" — it
 * never rejects. Its values are those {@link FieldText} parses (enums, booleans, fte and weekly
 * hours through {@code FieldText.parse} itself, remembered per distinct text); its checks
 * are those of {@code DeclaredConstraints} and of the table's plain rows (property-tested
 * against the record path in {@code ParallelCsvTableReaderProperties}). One per thread.
 */
final class PlainRows {

    /** What a field's text gave the last times: few distinct values in the coded columns. */
    private static final int MEMO_LIMIT = 4096;
    /** A {@link #cell} that makes the row not plain. */
    static final Object NOT_PLAIN = new Object();
    /** A {@link #cell} for a blank field. */
    static final Object ABSENT = new Object();
    /** The largest amount a plain row holds, in cents. */
    static final long MAX_PLAIN_CENTS = 4_000_000_000L;
    private static final BigDecimal MOST_WEEKLY_HOURS = Bounds.MOST_WEEKLY_HOURS;

    private final RecordField[] fieldOfColumn;
    private final boolean decimalComma;
    /** Birth dates must be before this epoch day (the validator's {@code @Past}, with a day's margin). */
    private final long birthBefore;
    private final EmployeeTable.PlainRow row = new EmployeeTable.PlainRow();
    private final Map<String, Object>[] memo;

    @SuppressWarnings("unchecked")
    PlainRows(RecordField[] fieldOfColumn, boolean decimalComma) {
        this.fieldOfColumn = fieldOfColumn;
        this.decimalComma = decimalComma;
        this.birthBefore = Math.floorDiv(System.currentTimeMillis(), 86_400_000L) - 1;
        this.memo = new Map[RecordField.values().length];
        for (int i = 0; i < memo.length; i++) {
            memo[i] = new HashMap<>();
        }
    }

    /** Adds the row to the table when it is certainly valid and plain; false, adding nothing, otherwise. */
    boolean add(List<String> fields, EmployeeTable.Builder table) {
        if (!fill(fields)) {
            return false;
        }
        table.acceptPlain(row);
        return true;
    }

    /** The row the last {@link #fill} that returned true filled. */
    EmployeeTable.PlainRow row() {
        return row;
    }

    /** Fills {@link #row} from the fields when the row is certainly valid and plain; false otherwise. */
    boolean fill(List<String> fields) {
        EmployeeTable.PlainRow r = row;
        reset(r);
        boolean idSeen = false;
        for (int i = 0; i < fieldOfColumn.length; i++) {
            RecordField field = fieldOfColumn[i];
            if (field == null) {
                continue;
            }
            String text = fields.get(i);
            if (text.indexOf('\uFFFD') >= 0) {
                return false; // bytes that are not UTF-8: the record path names them
            }
            if (field != RecordField.ID && text.isBlank()) {
                continue; // absent
            }
            switch (field) {
                case ID -> {
                    String id = text.trim();
                    if (!TextConstraints.validId(id)) {
                        return false;
                    }
                    r.id = id;
                    idSeen = true;
                }
                case BIRTH_DATE, HIRE_DATE, EXIT_DATE -> {
                    LocalDate date = date(text.trim());
                    if (date == null || !date(field, date.getYear(), date.getMonthValue(), date.getDayOfMonth(), r)) {
                        return false;
                    }
                }
                case BIRTH_YEAR -> {
                    int year = digits(text.trim());
                    if (year < 1900 || year > 2100) {
                        return false;
                    }
                    r.birthYear = year;
                }
                case ANNUAL_BASE_PAY, ANNUAL_VARIABLE_PAY, ANNUAL_EXCLUDED_PAY, BONUS_12M -> {
                    if (!amount(field, text.trim(), r)) {
                        return false;
                    }
                }
                default -> {
                    if (!assign(field, memoized(field, text), r)) {
                        return false;
                    }
                }
            }
        }
        return idSeen && consistent(r);
    }

    /** The checks across fields of a filled row: a birth date or year (agreeing when both), no exit before the hire, … */
    static boolean consistent(EmployeeTable.PlainRow r) {
        if (r.birthDate == TableColumns.ABSENT && r.birthYear == TableColumns.ABSENT) {
            return false;
        }
        if (r.birthDate != TableColumns.ABSENT && r.birthYear != TableColumns.ABSENT && r.birthDate / 10_000 != r.birthYear) {
            return false;
        }
        if (r.hireDay != TableColumns.ABSENT && r.exitDay != TableColumns.ABSENT && r.exitDay < r.hireDay) {
            return false;
        }
        return !r.raisedAfterMaternity || r.maternityReturn;
    }

    /**
     * Sets a valid date of the row (the birth date before {@link #birthBefore}); false when the
     * row is not plain.
     */
    boolean date(RecordField field, int year, int month, int day, EmployeeTable.PlainRow r) {
        long epochDay = epochDay(year, month, day);
        if (field == RecordField.BIRTH_DATE) {
            if (epochDay >= birthBefore) {
                return false;
            }
            r.birthDate = year * 10_000 + month * 100 + day;
        } else if (field == RecordField.HIRE_DATE) {
            r.hireDay = (int) epochDay;
        } else {
            r.exitDay = (int) epochDay;
        }
        return true;
    }

    /** The cell of a coded, factor or text field (see {@link #cell}), remembered per distinct text. */
    private Object memoized(RecordField field, String text) {
        Map<String, Object> seen = memo[field.ordinal()];
        Object value = seen.get(text);
        if (value == null) {
            value = cell(field, text, decimalComma);
            if (seen.size() < MEMO_LIMIT) {
                seen.put(text, value);
            }
        }
        return value;
    }

    /**
     * What the text of a coded field (sex, management level, contract, exit reason, the four
     * booleans), of an fte or weekly hours, or of a text field (company, establishment, category,
     * level, job code, postal code) gives a plain row: {@link #ABSENT} when blank,
     * {@link #NOT_PLAIN} when the row is not certainly valid and plain, else the value that
     * {@link #assign} sets (an enum, a {@code Boolean}, a {@code BigDecimal} fte, an
     * {@code Optional} of the hours or of the trimmed text).
     */
    static Object cell(RecordField field, String text, boolean decimalComma) {
        if (text.indexOf('\uFFFD') >= 0) {
            return NOT_PLAIN;
        }
        if (text.isBlank()) {
            return ABSENT;
        }
        return switch (field) {
            case SEX, MANAGEMENT_LEVEL, CONTRACT, EXIT_REASON, RAISED, PROMOTED, MATERNITY_RETURN, RAISED_AFTER_MATERNITY ->
                    FieldText.parse(field, text, decimalComma) instanceof FieldText.Value v ? v.value() : NOT_PLAIN;
            case FTE -> factor(field, text, decimalComma, Bounds.SMALLEST_FTE, BigDecimal.ONE);
            case WEEKLY_HOURS -> {
                Object hours = factor(field, text, decimalComma, Bounds.FEWEST_WEEKLY_HOURS, MOST_WEEKLY_HOURS);
                yield hours == NOT_PLAIN ? NOT_PLAIN : Optional.of((BigDecimal) hours);
            }
            case COMPANY, ESTABLISHMENT -> text(text.trim(), 200);
            case CATEGORY, LEVEL -> text(text.trim(), 100);
            case JOB_CODE -> TextConstraints.pcsLike(text.trim()) ? Optional.of(text.trim()) : NOT_PLAIN;
            case WORK_POSTAL_CODE -> TextConstraints.postalCodeLike(text.trim()) ? Optional.of(text.trim()) : NOT_PLAIN;
            default -> NOT_PLAIN; // job_family, hourly_pay, days_present: rows the table keeps as records
        };
    }

    private static Object text(String value, int longest) {
        return value.length() > longest ? NOT_PLAIN : Optional.of(value);
    }

    /** Sets a {@link #cell} in the row: nothing when absent; false when not plain. */
    @SuppressWarnings("unchecked")
    static boolean assign(RecordField field, Object cell, EmployeeTable.PlainRow r) {
        if (cell == ABSENT) {
            return true;
        }
        if (cell == NOT_PLAIN) {
            return false;
        }
        switch (field) {
            case SEX -> r.sex = ((Enum<?>) cell).ordinal();
            case MANAGEMENT_LEVEL -> r.managementLevel = ((Enum<?>) cell).ordinal();
            case CONTRACT -> r.contract = ((Enum<?>) cell).ordinal();
            case EXIT_REASON -> r.exitReason = ((Enum<?>) cell).ordinal();
            case RAISED -> r.raised = (Boolean) cell;
            case PROMOTED -> r.promoted = (Boolean) cell;
            case MATERNITY_RETURN -> r.maternityReturn = (Boolean) cell;
            case RAISED_AFTER_MATERNITY -> r.raisedAfterMaternity = (Boolean) cell;
            case FTE -> r.fte = (BigDecimal) cell;
            case WEEKLY_HOURS -> r.weeklyHours = (Optional<BigDecimal>) cell;
            case COMPANY -> r.company = (Optional<String>) cell;
            case ESTABLISHMENT -> r.establishment = (Optional<String>) cell;
            case CATEGORY -> r.category = (Optional<String>) cell;
            case LEVEL -> r.level = (Optional<String>) cell;
            case JOB_CODE -> r.jobCode = (Optional<String>) cell;
            case WORK_POSTAL_CODE -> r.workPostalCode = (Optional<String>) cell;
            default -> {
                return false;
            }
        }
        return true;
    }

    static void reset(EmployeeTable.PlainRow r) {
        r.id = "";
        r.sex = org.mixite.spi.model.Sex.UNKNOWN.ordinal();
        r.managementLevel = org.mixite.spi.model.ManagementLevel.NONE.ordinal();
        r.contract = org.mixite.spi.model.ContractType.PERMANENT.ordinal();
        r.exitReason = -1;
        r.raised = false;
        r.promoted = false;
        r.maternityReturn = false;
        r.raisedAfterMaternity = false;
        r.birthDate = TableColumns.ABSENT;
        r.birthYear = TableColumns.ABSENT;
        r.hireDay = TableColumns.ABSENT;
        r.exitDay = TableColumns.ABSENT;
        r.company = Optional.empty();
        r.establishment = Optional.empty();
        r.jobCode = Optional.empty();
        r.category = Optional.empty();
        r.level = Optional.empty();
        r.workPostalCode = Optional.empty();
        r.fte = BigDecimal.ONE;
        r.weeklyHours = Optional.empty();
        r.basePay = 0;
        r.variablePay = 0;
        r.excludedPay = 0;
        r.bonus = 0;
        r.basePayScale = -1;
        r.variablePayScale = -1;
        r.excludedPayScale = -1;
        r.bonusScale = -1;
    }

    /** An fte or weekly hours as {@link FieldText#parse} gives it, when valid and plain: in [min, max], at most 4 decimals. */
    private static Object factor(RecordField field, String text, boolean decimalComma, BigDecimal min, BigDecimal max) {
        FieldText.Parsed parsed = FieldText.parse(field, text, decimalComma);
        if (parsed instanceof FieldText.Value v && v.value() instanceof BigDecimal d
                && d.scale() >= 0 && d.scale() <= 4 && d.compareTo(min) >= 0 && d.compareTo(max) <= 0) {
            return d;
        }
        return NOT_PLAIN;
    }

    /**
     * An amount of 1 to 12 digits with at most 2 decimals after a point (or a comma in a
     * {@code ;} file), as {@code new BigDecimal(text)} would give it: its unscaled value and its
     * scale, the number of decimals written; plain when at most 4·10⁹ cents (then valid too).
     */
    private boolean amount(RecordField field, String text, EmployeeTable.PlainRow r) {
        int n = text.length();
        long unscaled = 0;
        int digits = 0;
        int decimals = -1;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
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
        return amount(field, unscaled, digits, decimals, r);
    }

    /**
     * Sets an amount read as {@code digits} digits giving {@code unscaled}, with {@code decimals}
     * digits after the separator (-1 without one): plain when 1 to 12 digits, at most 2 decimals
     * and at most {@link #MAX_PLAIN_CENTS}.
     */
    static boolean amount(RecordField field, long unscaled, int digits, int decimals, EmployeeTable.PlainRow r) {
        int scale = Math.max(decimals, 0);
        if (digits == 0 || digits > 12 || scale > 2) {
            return false;
        }
        long cents = scale == 2 ? unscaled : scale == 1 ? unscaled * 10 : unscaled * 100;
        if (cents > MAX_PLAIN_CENTS) {
            return false;
        }
        switch (field) {
            case ANNUAL_BASE_PAY -> {
                r.basePay = unscaled;
                r.basePayScale = (byte) scale;
            }
            case ANNUAL_VARIABLE_PAY -> {
                r.variablePay = unscaled;
                r.variablePayScale = (byte) scale;
            }
            case ANNUAL_EXCLUDED_PAY -> {
                r.excludedPay = unscaled;
                r.excludedPayScale = (byte) scale;
            }
            default -> {
                r.bonus = unscaled;
                r.bonusScale = (byte) scale;
            }
        }
        return true;
    }

    /** The epoch day of a valid date, as {@code LocalDate.toEpochDay} computes it (years from 0 on). */
    static long epochDay(int year, int month, int day) {
        long y = year;
        long total = 365 * y + (y + 3) / 4 - (y + 99) / 100 + (y + 399) / 400 + (367L * month - 362) / 12 + day - 1;
        if (month > 2) {
            total -= leap(year) ? 1 : 2;
        }
        return total - 719_528; // days from 0000-01-01 to 1970-01-01
    }

    static boolean leap(int year) {
        return (year & 3) == 0 && (year % 100 != 0 || year % 400 == 0);
    }

    /** The days of a month of a year. */
    static int monthLength(int year, int month) {
        return switch (month) {
            case 2 -> leap(year) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }

    /** A plain {@code yyyy-mm-dd} date from 1900 to 2100, else null. */
    static LocalDate date(String text) {
        if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
            return null;
        }
        int year = digits(text.substring(0, 4));
        int month = digits(text.substring(5, 7));
        int day = digits(text.substring(8, 10));
        if (year < 1900 || year > 2100 || month < 0 || day < 0) {
            return null;
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The value of 1 to 9 ASCII digits, else -1. */
    static int digits(String text) {
        int n = text.length();
        if (n == 0 || n > 9) {
            return -1;
        }
        int value = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
