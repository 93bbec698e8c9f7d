package org.mixite.spi.text;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.apiguardian.api.API;
import org.mixite.spi.model.CodedValue;
import org.mixite.spi.model.ContractType;
import org.mixite.spi.model.EmployeeRecord;
import org.mixite.spi.model.ExitReason;
import org.mixite.spi.model.ManagementLevel;
import org.mixite.spi.model.RecordField;
import org.mixite.spi.model.Sex;

/**
 * The canonical text form of each record field, both ways: parsing what a file holds
 * (booleans as true/false, 1/0, yes/no, oui/non; dates in ISO form; decimals with a dot, or a
 * comma when the file's delimiter is {@code ;}) and formatting a record back to canonical text.
 */
@API(status = API.Status.STABLE)
public final class FieldText {

    /** Where {@code yyyy-mm-dd} has its digits. */
    private static final int[] DATE_DIGITS = {0, 1, 2, 3, 5, 6, 8, 9};
    private static final Optional<Boolean> TRUE = Optional.of(Boolean.TRUE);
    private static final Optional<Boolean> FALSE = Optional.of(Boolean.FALSE);

    private FieldText() {
    }

    /** The outcome of parsing one field: a value of the field's Java type, or a problem. */
    public sealed interface Parsed permits Value, Problem {
    }

    /** A parsed value, of the Java type the {@link EmployeeRecord.Builder#set} method expects. */
    public record Value(Object value) implements Parsed {
    }

    /** Why the text is not a valid value; never echoes pay amounts. */
    public record Problem(String message) implements Parsed {
    }

    /**
     * Parses the non-empty text of a field.
     *
     * @param decimalComma whether {@code ,} is accepted as the decimal separator
     */
    public static Parsed parse(RecordField field, String rawText, boolean decimalComma) {
        String text = rawText.trim();
        String name = field.columnName();
        switch (field.kind()) {
            case TEXT:
                return new Value(text);
            case SEX:
                return parseSex(text).<Parsed>map(Value::new)
                        .orElseGet(() -> new Problem(name + " must be F, M, X or empty (was '" + shorten(text) + "')"));
            case DATE:
                try {
                    return new Value(isPlainDate(text) ? plainDate(text) : LocalDate.parse(text));
                } catch (java.time.DateTimeException e) {
                    return new Problem(name + " is not a valid ISO date yyyy-mm-dd"
                            + (field.isMasked() ? "" : " (was '" + shorten(text) + "')"));
                }
            case INTEGER:
                try {
                    int plain = plainDigits(text);
                    return new Value(plain >= 0 ? Integer.valueOf(plain) : Integer.valueOf(text));
                } catch (NumberFormatException e) {
                    return new Problem(name + " is not a whole number (was '" + shorten(text) + "')");
                }
            case DECIMAL:
                return parseDecimal(text, decimalComma).<Parsed>map(Value::new).orElseGet(() -> new Problem(
                        field.isMasked() ? name + " is an invalid decimal"
                                : name + " is an invalid decimal (was '" + shorten(text) + "')"));
            case BOOLEAN:
                return parseBoolean(text).<Parsed>map(Value::new).orElseGet(() -> new Problem(
                        name + " must be true/false, 1/0, yes/no or oui/non (was '" + shorten(text) + "')"));
            case CODE:
                return parseCode(field, text).<Parsed>map(Value::new).orElseGet(() -> new Problem(
                        name + " must be one of " + codes(field) + " (was '" + shorten(text) + "')"));
            default:
                throw new AssertionError(field);
        }
    }

    private static Optional<Sex> parseSex(String text) {
        for (Sex sex : Sex.values()) {
            if (sex.code().equalsIgnoreCase(text)) {
                return Optional.of(sex);
            }
        }
        return Optional.empty();
    }

    private static Optional<BigDecimal> parseDecimal(String text, boolean decimalComma) {
        String normalized = decimalComma ? text.replace(',', '.') : text;
        if (!isPlainDecimal(normalized)) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(normalized));
    }

    /** {@code yyyy-mm-dd} with ASCII digits: read without a formatter, the common case of every date column. */
    private static boolean isPlainDate(String text) {
        if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
            return false;
        }
        for (int i : DATE_DIGITS) {
            if (!isDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** The date of a plain {@code yyyy-mm-dd}; a DateTimeException, as from {@link LocalDate#parse}, when there is no such day. */
    private static LocalDate plainDate(String text) {
        int year = (text.charAt(0) - '0') * 1000 + (text.charAt(1) - '0') * 100 + (text.charAt(2) - '0') * 10 + (text.charAt(3) - '0');
        int month = (text.charAt(5) - '0') * 10 + (text.charAt(6) - '0');
        int day = (text.charAt(8) - '0') * 10 + (text.charAt(9) - '0');
        return LocalDate.of(year, month, day);
    }

    /**
     * The value of 1 to 9 ASCII digits, else -1 (signs, other digits, longer text: left to
     * {@link Integer#valueOf(String)}). Every field of every row goes through here.
     */
    private static int plainDigits(String text) {
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

    /**
     * Plain decimals only, no exponent, thousands separator or NaN: {@code [+-]?(\d+(\.\d*)?|\.\d+)}
     * with ASCII digits, checked without a regular expression per value.
     */
    static boolean isPlainDecimal(String text) {
        int i = 0;
        int n = text.length();
        if (i < n && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
            i++;
        }
        int before = 0;
        while (i < n && isDigit(text.charAt(i))) {
            i++;
            before++;
        }
        if (i == n) {
            return before > 0;
        }
        if (text.charAt(i) != '.') {
            return false;
        }
        i++;
        int after = 0;
        while (i < n && isDigit(text.charAt(i))) {
            i++;
            after++;
        }
        return i == n && (before > 0 || after > 0);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static Optional<Boolean> parseBoolean(String text) {
        switch (text) { // the canonical spellings without lower-casing a copy first
            case "true", "1" -> {
                return TRUE;
            }
            case "false", "0" -> {
                return FALSE;
            }
            default -> { }
        }
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "true", "1", "yes", "oui" -> Optional.of(Boolean.TRUE);
            case "false", "0", "no", "non" -> Optional.of(Boolean.FALSE);
            default -> Optional.empty();
        };
    }

    private static Optional<?> parseCode(RecordField field, String text) {
        return switch (field) {
            case MANAGEMENT_LEVEL -> CodedValue.parse(ManagementLevel.class, text);
            case CONTRACT -> CodedValue.parse(ContractType.class, text);
            case EXIT_REASON -> CodedValue.parse(ExitReason.class, text);
            default -> throw new AssertionError(field);
        };
    }

    private static String codes(RecordField field) {
        Class<? extends Enum<?>> type = switch (field) {
            case MANAGEMENT_LEVEL -> ManagementLevel.class;
            case CONTRACT -> ContractType.class;
            case EXIT_REASON -> ExitReason.class;
            default -> throw new AssertionError(field);
        };
        StringBuilder list = new StringBuilder();
        for (Enum<?> constant : type.getEnumConstants()) {
            list.append(list.length() == 0 ? "" : ", ").append(((CodedValue) constant).code());
        }
        return list.toString();
    }

    private static String shorten(String text) {
        String printable = text.replaceAll("\\p{Cntrl}", "?");
        return printable.length() <= 40 ? printable : printable.substring(0, 37) + "...";
    }

    /** The canonical text of a field of a record; empty for an absent optional value. */
    public static String format(EmployeeRecord r, RecordField field) {
        return switch (field) {
            case ID -> r.id();
            case SEX -> r.sex().code();
            case BIRTH_DATE -> text(r.birthDate());
            case BIRTH_YEAR -> text(r.birthYear());
            case COMPANY -> text(r.company());
            case ESTABLISHMENT -> text(r.establishment());
            case JOB_CODE -> text(r.jobCode());
            case JOB_FAMILY -> text(r.jobFamily());
            case CATEGORY -> text(r.category());
            case LEVEL -> text(r.level());
            case MANAGEMENT_LEVEL -> r.managementLevel().code();
            case CONTRACT -> r.contract().code();
            case HIRE_DATE -> text(r.hireDate());
            case EXIT_DATE -> text(r.exitDate());
            case EXIT_REASON -> r.exitReason().map(ExitReason::code).orElse("");
            case FTE -> r.fte().toPlainString();
            case WEEKLY_HOURS -> decimal(r.weeklyHours());
            case ANNUAL_BASE_PAY -> decimal(r.annualBasePay());
            case ANNUAL_VARIABLE_PAY -> decimal(r.annualVariablePay());
            case ANNUAL_EXCLUDED_PAY -> decimal(r.annualExcludedPay());
            case HOURLY_PAY -> decimal(r.hourlyPay());
            case BONUS_12M -> decimal(r.bonus12m());
            case DAYS_PRESENT -> text(r.daysPresent());
            case RAISED -> Boolean.toString(r.raised());
            case PROMOTED -> Boolean.toString(r.promoted());
            case MATERNITY_RETURN -> Boolean.toString(r.maternityReturn());
            case RAISED_AFTER_MATERNITY -> Boolean.toString(r.raisedAfterMaternity());
            case WORK_POSTAL_CODE -> text(r.workPostalCode());
        };
    }

    private static String text(Optional<?> value) {
        return value.map(String::valueOf).orElse("");
    }

    private static String decimal(Optional<BigDecimal> value) {
        return value.map(BigDecimal::toPlainString).orElse("");
    }
}
