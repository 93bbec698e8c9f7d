package org.mixite.spi.model;

import java.util.Locale;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The fields of the {@link EmployeeRecord}, in canonical CSV order. Each has its canonical CSV
 * header ({@code annual_base_pay}) and its JSON name ({@code annualBasePay}).
 */
@API(status = API.Status.STABLE)
public enum RecordField {
    ID(Kind.TEXT, true),
    SEX(Kind.SEX, true),
    BIRTH_DATE(Kind.DATE, false),
    BIRTH_YEAR(Kind.INTEGER, false),
    COMPANY(Kind.TEXT, false),
    ESTABLISHMENT(Kind.TEXT, false),
    JOB_CODE(Kind.TEXT, false),
    JOB_FAMILY(Kind.TEXT, false),
    CATEGORY(Kind.TEXT, false),
    LEVEL(Kind.TEXT, false),
    MANAGEMENT_LEVEL(Kind.CODE, false),
    CONTRACT(Kind.CODE, false),
    HIRE_DATE(Kind.DATE, false),
    EXIT_DATE(Kind.DATE, false),
    EXIT_REASON(Kind.CODE, false),
    FTE(Kind.DECIMAL, false),
    WEEKLY_HOURS(Kind.DECIMAL, false),
    ANNUAL_BASE_PAY(Kind.DECIMAL, false),
    ANNUAL_VARIABLE_PAY(Kind.DECIMAL, false),
    ANNUAL_EXCLUDED_PAY(Kind.DECIMAL, false),
    HOURLY_PAY(Kind.DECIMAL, false),
    BONUS_12M(Kind.DECIMAL, false),
    DAYS_PRESENT(Kind.INTEGER, false),
    RAISED(Kind.BOOLEAN, false),
    PROMOTED(Kind.BOOLEAN, false),
    MATERNITY_RETURN(Kind.BOOLEAN, false),
    RAISED_AFTER_MATERNITY(Kind.BOOLEAN, false),
    /** The postal code of the establishment where the person works (its region, for federation barometers). */
    WORK_POSTAL_CODE(Kind.TEXT, false);

    /** How a field's text is parsed. */
    public enum Kind { TEXT, SEX, DATE, INTEGER, DECIMAL, BOOLEAN, CODE }

    private final Kind kind;
    private final boolean required;
    private final String columnName;
    private final String jsonName;

    RecordField(Kind kind, boolean required) {
        this.kind = kind;
        this.required = required;
        this.columnName = name().toLowerCase(Locale.ROOT);
        this.jsonName = camelCase(columnName);
    }

    private static String camelCase(String snake) {
        StringBuilder out = new StringBuilder(snake.length());
        boolean upper = false;
        for (char c : snake.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return out.toString();
    }

    /** The canonical CSV header, e.g. {@code annual_base_pay}. */
    public String columnName() {
        return columnName;
    }

    /** The JSON member name, e.g. {@code annualBasePay}. */
    public String jsonName() {
        return jsonName;
    }

    public Kind kind() {
        return kind;
    }

    /**
     * True when the column must be present. The birth is required too, as either
     * {@link #BIRTH_DATE} or {@link #BIRTH_YEAR}; see {@link EmployeeRecord}.
     */
    public boolean required() {
        return required;
    }

    /** True for pay amounts, whose values are never echoed in messages. */
    public boolean isPersonalAmount() {
        return kind == Kind.DECIMAL && this != FTE && this != WEEKLY_HOURS;
    }

    /**
     * Whether a value of this field is never echoed in messages, logs or reject files: pay
     * amounts, and the birth date (with the other fields of a row, it identifies a person).
     */
    public boolean isMasked() {
        return isPersonalAmount() || this == BIRTH_DATE;
    }

    /** Finds a field by CSV header or JSON name, ignoring case and surrounding spaces. */
    public static Optional<RecordField> byName(String name) {
        String wanted = name.trim();
        for (RecordField field : values()) {
            if (field.columnName.equalsIgnoreCase(wanted) || field.jsonName.equalsIgnoreCase(wanted)) {
                return Optional.of(field);
            }
        }
        return Optional.empty();
    }
}
