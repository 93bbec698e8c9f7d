package org.mixite.core.table;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.mixite.spi.model.ContractType;
import org.mixite.spi.model.EmployeeRecord;
import org.mixite.spi.model.ExitReason;
import org.mixite.spi.model.ManagementLevel;
import org.mixite.spi.model.ReferencePeriod;
import org.mixite.spi.model.Sex;

/**
 * The primitive columns of an {@link EmployeeTable}, read by the column-wise indicator passes.
 * Internal: the layout may change in any release.
 *
 * <p>Encoding: enums by ordinal; dates as epoch days, the birth date as {@code yyyymmdd} (whole
 * years between two such numbers are their difference / 10,000); text by dictionary code, 0 when
 * absent; fte and weekly hours by dictionary code of their {@code BigDecimal} (few distinct
 * values); amounts as whole cents. {@link #ABSENT} marks an absent number.
 *
 * <p>Only <em>plain</em> rows are encoded for the column-wise passes: the rows whose values a
 * pass can read from these columns alone — no {@code days_present}, {@code hourly_pay} or
 * {@code job_family}, amounts of at most 2 decimals from 0 to 4·10⁷ €, fte in [0.01, 1] and weekly
 * hours in [1, 168] with at most 4 decimals, a birth year within ±200,000. Any other row keeps its record and is fed to the
 * record accumulators: the two paths give the same figures (property-tested), so the split
 * changes nothing but speed.
 */
@API(status = API.Status.INTERNAL)
public final class TableColumns {

    /** An absent date or number. */
    public static final int ABSENT = Integer.MIN_VALUE;
    /** An absent amount. */
    public static final long ABSENT_AMOUNT = Long.MIN_VALUE;
    /**
     * The largest amount of a plain row, in cents (4·10⁷ € a year, beyond any salary): the sum of
     * any number of such amounts in an {@code int}-sized table stays below 2⁶³ (2³¹ × 4·10⁹ <
     * 9.2·10¹⁸), and with fte ≥ 0.01 and weekly hours ≥ 1 even one day's presence gives annual
     * micro-euros and hourly nano-euros that fit a {@code long} — so neither pass can overflow
     * where the other does not.
     */
    static final long MAX_PLAIN_CENTS = 4_000_000_000L;
    /** Birth years of plain rows: an age is then a difference that cannot wrap around an {@code int}. */
    static final int MAX_PLAIN_BIRTH_YEAR = 200_000;

    /** Bits of the {@link ColumnArrays#flags} column. */
    public static final int RAISED = 1;
    public static final int PROMOTED = 2;
    public static final int MATERNITY_RETURN = 4;
    public static final int RAISED_AFTER_MATERNITY = 8;

    private static final Sex[] SEXES = Sex.values();
    private static final ManagementLevel[] LEVELS = ManagementLevel.values();
    private static final ContractType[] CONTRACTS = ContractType.values();
    private static final ExitReason[] EXIT_REASONS = ExitReason.values();

    private static final long[] CENTS = {100, 10, 1};

    final int size;
    final String[] ids;
    /** The records of the rows that are not plain; null for plain rows, which are rebuilt from the columns. */
    final EmployeeRecord[] others;
    final boolean[] plain;
    final byte[] sex;
    final byte[] management;
    final byte[] contract;
    final byte[] exitReason;
    final byte[] flags;
    final int[] birthDate;
    final int[] birthYear;
    final int[] hireDay;
    final int[] exitDay;
    final int[] company;
    final int[] establishment;
    final int[] jobCode;
    final int[] category;
    final int[] level;
    final int[] postalCode;
    final int[] fte;
    final int[] weeklyHours;
    /** Amounts of plain rows: unscaled values and their scale (0 to 2; -1 when absent). */
    final long[] basePay;
    final long[] variablePay;
    final long[] excludedPay;
    final long[] bonus;
    final byte[] basePayScale;
    final byte[] variablePayScale;
    final byte[] excludedPayScale;
    final byte[] bonusScale;
    final List<String> companies;
    final List<String> establishments;
    final List<String> jobCodes;
    final List<String> categories;
    final List<String> levels;
    final List<String> postalCodes;
    final List<BigDecimal> ftes;
    final List<BigDecimal> weeklyHoursValues;
    private final ColumnArrays arrays;

    /**
     * The primitive columns themselves, row {@code r} at index {@code r}, for the hot loops of this
     * library's column-wise passes. A loop that holds the arrays in local variables lets the JIT
     * keep them, and their range checks, out of the loop; reading them through this object's
     * accessors, whose fields it must load again after any call the loop may make, cost the pay-gap
     * pass about a quarter of its time (measured, issue 20). Read only: writing into them would
     * change the table. The values are as the accessors of the same name describe them (amounts
     * unscaled, with their scale; see {@link #cents}, {@link #age(int, int, int)},
     * {@link #daysPresent(int, int, long, long)}).
     */
    public record ColumnArrays(boolean[] plain, byte[] sex, byte[] management, byte[] contract, byte[] exitReason, byte[] flags,
                               int[] birthDate, int[] birthYear, int[] hireDay, int[] exitDay, int[] company, int[] establishment,
                               int[] jobCode, int[] category, int[] level, int[] postalCode, int[] fte, int[] weeklyHours,
                               long[] basePay, long[] variablePay, long[] excludedPay, long[] bonus,
                               byte[] basePayScale, byte[] variablePayScale, byte[] excludedPayScale, byte[] bonusScale) {
    }

    TableColumns(EmployeeTable.Builder b) {
        size = b.size;
        ids = trimmed(b.ids, size);
        others = trimmed(b.others, size);
        plain = trimmed(b.plain, size);
        sex = trimmed(b.sex, size);
        management = trimmed(b.management, size);
        contract = trimmed(b.contract, size);
        exitReason = trimmed(b.exitReason, size);
        flags = trimmed(b.flags, size);
        birthDate = trimmed(b.birthDate, size);
        birthYear = trimmed(b.birthYear, size);
        hireDay = trimmed(b.hireDay, size);
        exitDay = trimmed(b.exitDay, size);
        company = trimmed(b.company, size);
        establishment = trimmed(b.establishment, size);
        jobCode = trimmed(b.jobCode, size);
        category = trimmed(b.category, size);
        level = trimmed(b.level, size);
        postalCode = trimmed(b.postalCode, size);
        fte = trimmed(b.fte, size);
        weeklyHours = trimmed(b.weeklyHours, size);
        basePay = trimmed(b.basePay, size);
        variablePay = trimmed(b.variablePay, size);
        excludedPay = trimmed(b.excludedPay, size);
        bonus = trimmed(b.bonus, size);
        basePayScale = trimmed(b.basePayScale, size);
        variablePayScale = trimmed(b.variablePayScale, size);
        excludedPayScale = trimmed(b.excludedPayScale, size);
        bonusScale = trimmed(b.bonusScale, size);
        companies = List.copyOf(b.companies.values());
        establishments = List.copyOf(b.establishments.values());
        jobCodes = List.copyOf(b.jobCodes.values());
        categories = List.copyOf(b.categories.values());
        levels = List.copyOf(b.levels.values());
        postalCodes = List.copyOf(b.postalCodes.values());
        ftes = List.copyOf(b.ftes.values());
        weeklyHoursValues = List.copyOf(b.weeklyHoursValues.values());
        arrays = new ColumnArrays(plain, sex, management, contract, exitReason, flags, birthDate, birthYear, hireDay, exitDay,
                company, establishment, jobCode, category, level, postalCode, fte, weeklyHours, basePay, variablePay, excludedPay,
                bonus, basePayScale, variablePayScale, excludedPayScale, bonusScale);
    }

    /** The primitive columns, read only, for a hot loop to hold in local variables (see {@link ColumnArrays}). */
    public ColumnArrays arrays() {
        return arrays;
    }

    /*
     * A built builder's column as it is when at most a sixteenth of it is unused (the builder can
     * no longer change it: it refuses rows once built), else a copy of its rows: no copy of a
     * million rows for a table whose size was known ahead, and little room wasted otherwise.
     */
    private static boolean keeps(int length, int size) {
        return length - size <= size >>> 4;
    }

    private static <T> T[] trimmed(T[] column, int size) {
        return keeps(column.length, size) ? column : java.util.Arrays.copyOf(column, size);
    }

    private static boolean[] trimmed(boolean[] column, int size) {
        return keeps(column.length, size) ? column : java.util.Arrays.copyOf(column, size);
    }

    private static byte[] trimmed(byte[] column, int size) {
        return keeps(column.length, size) ? column : java.util.Arrays.copyOf(column, size);
    }

    private static int[] trimmed(int[] column, int size) {
        return keeps(column.length, size) ? column : java.util.Arrays.copyOf(column, size);
    }

    private static long[] trimmed(long[] column, int size) {
        return keeps(column.length, size) ? column : java.util.Arrays.copyOf(column, size);
    }

    public int size() {
        return size;
    }

    /** The row's record, equal to the one added. */
    public EmployeeRecord record(int row) {
        EmployeeRecord other = others[row];
        return other != null ? other : rebuild(row);
    }

    private EmployeeRecord rebuild(int row) {
        EmployeeRecord.Builder b = EmployeeRecord.builder(ids[row], SEXES[sex[row]])
                .managementLevel(LEVELS[management[row]]).contract(CONTRACTS[contract[row]]).fte(ftes.get(fte[row]))
                .raised(raised(row)).promoted(promoted(row)).maternityReturn(maternityReturn(row))
                .raisedAfterMaternity(raisedAfterMaternity(row));
        if (birthDate[row] != ABSENT) {
            int p = birthDate[row];
            b.birthDate(LocalDate.of(p / 10_000, p / 100 % 100, p % 100));
        }
        if (birthYear[row] != ABSENT) {
            b.birthYear(birthYear[row]);
        }
        text(companies, company[row]).ifPresent(b::company);
        text(establishments, establishment[row]).ifPresent(b::establishment);
        text(jobCodes, jobCode[row]).ifPresent(b::jobCode);
        text(categories, category[row]).ifPresent(b::category);
        text(levels, level[row]).ifPresent(b::level);
        text(postalCodes, postalCode[row]).ifPresent(b::workPostalCode);
        if (hireDay[row] != ABSENT) {
            b.hireDate(LocalDate.ofEpochDay(hireDay[row]));
        }
        if (exitDay[row] != ABSENT) {
            b.exitDate(LocalDate.ofEpochDay(exitDay[row]));
        }
        if (exitReason[row] >= 0) {
            b.exitReason(EXIT_REASONS[exitReason[row]]);
        }
        if (weeklyHours[row] != 0) {
            b.weeklyHours(weeklyHoursValues.get(weeklyHours[row] - 1));
        }
        amount(basePay[row], basePayScale[row]).ifPresent(b::annualBasePay);
        amount(variablePay[row], variablePayScale[row]).ifPresent(b::annualVariablePay);
        amount(excludedPay[row], excludedPayScale[row]).ifPresent(b::annualExcludedPay);
        amount(bonus[row], bonusScale[row]).ifPresent(b::bonus12m);
        return b.build();
    }

    private static Optional<BigDecimal> amount(long unscaled, byte scale) {
        return scale < 0 ? Optional.empty() : Optional.of(BigDecimal.valueOf(unscaled, scale));
    }

    /** Whether the column-wise passes read this row (see the class comment); otherwise feed {@link #record}. */
    public boolean plain(int row) {
        return plain[row];
    }

    public String id(int row) {
        return ids[row];
    }

    /** {@link Sex} ordinal. */
    public int sex(int row) {
        return sex[row];
    }

    /** {@link ManagementLevel} ordinal. */
    public int managementLevel(int row) {
        return management[row];
    }

    /** {@link ContractType} ordinal. */
    public int contract(int row) {
        return contract[row];
    }

    /** {@link ExitReason} ordinal, or -1. */
    public int exitReason(int row) {
        return exitReason[row];
    }

    public boolean raised(int row) {
        return (flags[row] & RAISED) != 0;
    }

    public boolean promoted(int row) {
        return (flags[row] & PROMOTED) != 0;
    }

    public boolean maternityReturn(int row) {
        return (flags[row] & MATERNITY_RETURN) != 0;
    }

    public boolean raisedAfterMaternity(int row) {
        return (flags[row] & RAISED_AFTER_MATERNITY) != 0;
    }

    /** The birth date as {@code yyyymmdd}, or {@link #ABSENT}. */
    public int birthDate(int row) {
        return birthDate[row];
    }

    public int birthYear(int row) {
        return birthYear[row];
    }

    /** Epoch day, or {@link #ABSENT}. */
    public int hireDay(int row) {
        return hireDay[row];
    }

    /** Epoch day, or {@link #ABSENT}. */
    public int exitDay(int row) {
        return exitDay[row];
    }

    /** Dictionary codes: 0 when absent, else 1 + the index in the dictionary. */
    public int company(int row) {
        return company[row];
    }

    public int establishment(int row) {
        return establishment[row];
    }

    public int jobCode(int row) {
        return jobCode[row];
    }

    public int category(int row) {
        return category[row];
    }

    public int level(int row) {
        return level[row];
    }

    /** The work postal code's dictionary code (see {@link #postalCodes()}). */
    public int workPostalCode(int row) {
        return postalCode[row];
    }

    /**
     * The age in whole years on a day given as {@code yyyymmdd}: {@code Period.between(birthDate,
     * day).getYears()} when the birth date is known, else the difference of the years; {@link #ABSENT}
     * when neither is known. May be negative (a birth after the day).
     */
    public int age(int row, int dayPacked) {
        return age(birthDate[row], birthYear[row], dayPacked);
    }

    /** {@link #age(int, int)} from a row's birth date ({@code yyyymmdd}) and birth year, either {@link #ABSENT}. */
    public static int age(int birthDate, int birthYear, int dayPacked) {
        if (birthDate != ABSENT) {
            return (dayPacked - birthDate) / 10_000; // both non-negative yyyymmdd: truncation gives the completed years
        }
        return birthYear == ABSENT ? ABSENT : dayPacked / 10_000 - birthYear;
    }

    /** The days of {@code [hire, exit]} inside the epoch days {@code [start, end]}: an absent date does not bound. */
    public long daysPresent(int row, long start, long end) {
        return daysPresent(hireDay[row], exitDay[row], start, end);
    }

    /** {@link #daysPresent(int, long, long)} from a row's hire and exit days, either {@link #ABSENT}. */
    public static long daysPresent(int hired, int left, long start, long end) {
        long from = hired == ABSENT ? start : Math.max(start, hired);
        long to = left == ABSENT ? end : Math.min(end, left);
        return to < from ? 0 : to - from + 1;
    }

    /** Code into {@link #ftes()} (0-based: fte is never absent). */
    public int fte(int row) {
        return fte[row];
    }

    /** 0 when absent, else 1 + the index into {@link #weeklyHoursValues()}. */
    public int weeklyHours(int row) {
        return weeklyHours[row];
    }

    /** Whole cents, or {@link #ABSENT_AMOUNT}; plain rows only. */
    public long basePayCents(int row) {
        return cents(basePay[row], basePayScale[row]);
    }

    public long variablePayCents(int row) {
        return cents(variablePay[row], variablePayScale[row]);
    }

    public long excludedPayCents(int row) {
        return cents(excludedPay[row], excludedPayScale[row]);
    }

    public long bonusCents(int row) {
        return cents(bonus[row], bonusScale[row]);
    }

    /**
     * The base pay as given (its unscaled value; {@link #basePayScale} its scale, -1 when absent):
     * {@code BigDecimal.valueOf(unscaled, scale)} is the record's own value, scale included.
     */
    public long basePayUnscaled(int row) {
        return basePay[row];
    }

    public int basePayScale(int row) {
        return basePayScale[row];
    }

    public long variablePayUnscaled(int row) {
        return variablePay[row];
    }

    public int variablePayScale(int row) {
        return variablePayScale[row];
    }

    /** A plain row's amount in whole cents from its unscaled value and scale (0 to 2; -1 when absent: {@link #ABSENT_AMOUNT}). */
    public static long cents(long unscaled, byte scale) {
        return scale < 0 ? ABSENT_AMOUNT : unscaled * CENTS[scale];
    }

    public List<String> companies() {
        return companies;
    }

    public List<String> establishments() {
        return establishments;
    }

    public List<String> jobCodes() {
        return jobCodes;
    }

    public List<String> categories() {
        return categories;
    }

    public List<String> levels() {
        return levels;
    }

    public List<String> postalCodes() {
        return postalCodes;
    }

    public List<BigDecimal> ftes() {
        return ftes;
    }

    public List<BigDecimal> weeklyHoursValues() {
        return weeklyHoursValues;
    }

    /** The text of a dictionary code (1-based), empty for 0. */
    public static Optional<String> text(List<String> dictionary, int code) {
        return code == 0 ? Optional.empty() : Optional.of(dictionary.get(code - 1));
    }

    /**
     * Whether the column-wise passes can compute over a reference period: at most 366 days (the
     * bound their exact products are sized for, and the presence key of the pay-gap pass), in
     * the years 0 to 200,000 (where {@code yyyymmdd} numbers order dates). Over any other
     * period every row goes through the record accumulators.
     */
    public static boolean readsPeriod(ReferencePeriod period) {
        return period.days() <= 366 && packed(period.start()) != ABSENT && packed(period.end()) != ABSENT;
    }

    /** {@code yyyymmdd} of a date, or {@link #ABSENT} outside the years 0 to 200,000 (the encoding orders dates only there). */
    public static int packed(LocalDate date) {
        int year = date.getYear();
        return year < 0 || year > 200_000 ? ABSENT : year * 10_000 + date.getMonthValue() * 100 + date.getDayOfMonth();
    }
}
