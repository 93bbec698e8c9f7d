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
    private static final Object NOT_PLAIN = new Object();
    private static final long MAX_PLAIN_CENTS = 4_000_000_000L;
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

    private boolean fill(List<String> fields) {
        EmployeeTable.PlainRow r = row;
        reset(r);
        boolean idSeen = false;
        int birthYear = TableColumns.ABSENT;
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
                case SEX -> {
                    Object sex = coded(field, text);
                    if (sex == NOT_PLAIN) {
                        return false;
                    }
                    r.sex = ((Enum<?>) sex).ordinal();
                }
                case MANAGEMENT_LEVEL, CONTRACT, EXIT_REASON -> {
                    Object code = coded(field, text);
                    if (code == NOT_PLAIN) {
                        return false;
                    }
                    int ordinal = ((Enum<?>) code).ordinal();
                    if (field == RecordField.MANAGEMENT_LEVEL) {
                        r.managementLevel = ordinal;
                    } else if (field == RecordField.CONTRACT) {
                        r.contract = ordinal;
                    } else {
                        r.exitReason = ordinal;
                    }
                }
                case RAISED, PROMOTED, MATERNITY_RETURN, RAISED_AFTER_MATERNITY -> {
                    Object value = coded(field, text);
                    if (value == NOT_PLAIN) {
                        return false;
                    }
                    boolean b = (Boolean) value;
                    switch (field) {
                        case RAISED -> r.raised = b;
                        case PROMOTED -> r.promoted = b;
                        case MATERNITY_RETURN -> r.maternityReturn = b;
                        default -> r.raisedAfterMaternity = b;
                    }
                }
                case BIRTH_DATE, HIRE_DATE, EXIT_DATE -> {
                    LocalDate date = date(text.trim());
                    if (date == null) {
                        return false;
                    }
                    if (field == RecordField.BIRTH_DATE) {
                        if (date.toEpochDay() >= birthBefore) {
                            return false;
                        }
                        r.birthDate = TableColumns.packed(date);
                    } else if (field == RecordField.HIRE_DATE) {
                        r.hireDay = (int) date.toEpochDay();
                    } else {
                        r.exitDay = (int) date.toEpochDay();
                    }
                }
                case BIRTH_YEAR -> {
                    birthYear = digits(text.trim());
                    if (birthYear < 1900 || birthYear > 2100) {
                        return false;
                    }
                    r.birthYear = birthYear;
                }
                case COMPANY, ESTABLISHMENT -> {
                    String value = text.trim();
                    if (value.length() > 200) {
                        return false;
                    }
                    if (field == RecordField.COMPANY) {
                        r.company = Optional.of(value);
                    } else {
                        r.establishment = Optional.of(value);
                    }
                }
                case CATEGORY, LEVEL -> {
                    String value = text.trim();
                    if (value.length() > 100) {
                        return false;
                    }
                    if (field == RecordField.CATEGORY) {
                        r.category = Optional.of(value);
                    } else {
                        r.level = Optional.of(value);
                    }
                }
                case JOB_CODE -> {
                    String value = text.trim();
                    if (!TextConstraints.pcsLike(value)) {
                        return false;
                    }
                    r.jobCode = Optional.of(value);
                }
                case WORK_POSTAL_CODE -> {
                    String value = text.trim();
                    if (!TextConstraints.postalCodeLike(value)) {
                        return false;
                    }
                    r.workPostalCode = Optional.of(value);
                }
                case FTE -> {
                    Object fte = factor(field, text, Bounds.SMALLEST_FTE, BigDecimal.ONE);
                    if (fte == NOT_PLAIN) {
                        return false;
                    }
                    r.fte = (BigDecimal) fte;
                }
                case WEEKLY_HOURS -> {
                    Object hours = factor(field, text, Bounds.FEWEST_WEEKLY_HOURS, MOST_WEEKLY_HOURS);
                    if (hours == NOT_PLAIN) {
                        return false;
                    }
                    r.weeklyHours = Optional.of((BigDecimal) hours);
                }
                case ANNUAL_BASE_PAY, ANNUAL_VARIABLE_PAY, ANNUAL_EXCLUDED_PAY, BONUS_12M -> {
                    if (!amount(field, text.trim(), r)) {
                        return false;
                    }
                }
                default -> {
                    return false; // job_family, hourly_pay, days_present: rows the table keeps as records
                }
            }
        }
        if (!idSeen || (r.birthDate == TableColumns.ABSENT && birthYear == TableColumns.ABSENT)) {
            return false;
        }
        if (r.birthDate != TableColumns.ABSENT && birthYear != TableColumns.ABSENT && r.birthDate / 10_000 != birthYear) {
            return false;
        }
        if (r.hireDay != TableColumns.ABSENT && r.exitDay != TableColumns.ABSENT && r.exitDay < r.hireDay) {
            return false;
        }
        return !r.raisedAfterMaternity || r.maternityReturn;
    }

    private static void reset(EmployeeTable.PlainRow r) {
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

    /** The value {@link FieldText#parse} gives the text (an enum or a boolean), or {@link #NOT_PLAIN} for a problem. */
    private Object coded(RecordField field, String text) {
        Map<String, Object> seen = memo[field.ordinal()];
        Object value = seen.get(text);
        if (value == null) {
            FieldText.Parsed parsed = FieldText.parse(field, text, decimalComma);
            value = parsed instanceof FieldText.Value v ? v.value() : NOT_PLAIN;
            if (seen.size() < MEMO_LIMIT) {
                seen.put(text, value);
            }
        }
        return value;
    }

    /** An fte or weekly hours as {@link FieldText#parse} gives it, when valid and plain: in [min, max], at most 4 decimals. */
    private Object factor(RecordField field, String text, BigDecimal min, BigDecimal max) {
        Map<String, Object> seen = memo[field.ordinal()];
        Object value = seen.get(text);
        if (value == null) {
            FieldText.Parsed parsed = FieldText.parse(field, text, decimalComma);
            value = NOT_PLAIN;
            if (parsed instanceof FieldText.Value v && v.value() instanceof BigDecimal d
                    && d.scale() >= 0 && d.scale() <= 4 && d.compareTo(min) >= 0 && d.compareTo(max) <= 0) {
                value = d;
            }
            if (seen.size() < MEMO_LIMIT) {
                seen.put(text, value);
            }
        }
        return value;
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

    /** A plain {@code yyyy-mm-dd} date from 1900 to 2100, else null. */
    private static LocalDate date(String text) {
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
    private static int digits(String text) {
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
