package org.mixite.core.table;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apiguardian.api.API;
import org.mixite.spi.model.EmployeeRecord;

/**
 * Employee records held in memory column by column: primitive arrays, dictionary codes for the
 * text, no object per record. This is the layout to keep a large workforce in memory and compute
 * every indicator over it ({@code IndicatorSuite.compute(table, settings)}): the indicators read
 * the columns in tight loops, split per core, instead of walking a million record objects.
 * Immutable once built; {@link #record(int)} gives back a record equal to the one added.
 *
 * <pre>{@code
 * EmployeeTable table = EmployeeTable.of(records);
 * // or straight from a load, without a list of records:
 * EmployeeTable.Builder builder = EmployeeTable.builder();
 * DatasetLoader.builder().build().stream(source, builder::accept);
 * EmployeeTable loaded = builder.build();
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL)
public final class EmployeeTable {

    private final TableColumns columns;

    private EmployeeTable(TableColumns columns) {
        this.columns = columns;
    }

    /** A table of the given records, in their order. */
    public static EmployeeTable of(Iterable<EmployeeRecord> records) {
        Builder builder = builder();
        records.forEach(builder);
        return builder.build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The number of rows. */
    public int size() {
        return columns.size();
    }

    /** The record of a row, equal to the one added. */
    public EmployeeRecord record(int row) {
        Objects.checkIndex(row, columns.size());
        return columns.record(row);
    }

    /** The records, in order, rebuilt one at a time. */
    public Stream<EmployeeRecord> records() {
        return IntStream.range(0, columns.size()).mapToObj(columns::record);
    }

    /** The columns, for the column-wise indicator passes of this library. */
    @API(status = API.Status.INTERNAL)
    public TableColumns columns() {
        return columns;
    }

    /** Collects records into a table; a {@link Consumer}, so a load can feed it directly. Not thread-safe. */
    public static final class Builder implements Consumer<EmployeeRecord> {

        private static final BigDecimal MIN_FTE = new BigDecimal("0.01");
        private static final BigDecimal MIN_WEEKLY_HOURS = BigDecimal.ONE;
        private static final BigDecimal MAX_WEEKLY_HOURS = BigDecimal.valueOf(168);
        private static final int MAX_SCALE = 4;

        int size;
        String[] ids = new String[16];
        EmployeeRecord[] others = new EmployeeRecord[16];
        boolean[] plain = new boolean[16];
        byte[] sex = new byte[16];
        byte[] management = new byte[16];
        byte[] contract = new byte[16];
        byte[] exitReason = new byte[16];
        byte[] flags = new byte[16];
        int[] birthDate = new int[16];
        int[] birthYear = new int[16];
        int[] hireDay = new int[16];
        int[] exitDay = new int[16];
        int[] company = new int[16];
        int[] establishment = new int[16];
        int[] jobCode = new int[16];
        int[] category = new int[16];
        int[] level = new int[16];
        int[] postalCode = new int[16];
        int[] fte = new int[16];
        int[] weeklyHours = new int[16];
        long[] basePay = new long[16];
        long[] variablePay = new long[16];
        long[] excludedPay = new long[16];
        long[] bonus = new long[16];
        byte[] basePayScale = new byte[16];
        byte[] variablePayScale = new byte[16];
        byte[] excludedPayScale = new byte[16];
        byte[] bonusScale = new byte[16];
        final Dictionary<String> companies = new Dictionary<>();
        final Dictionary<String> establishments = new Dictionary<>();
        final Dictionary<String> jobCodes = new Dictionary<>();
        final Dictionary<String> categories = new Dictionary<>();
        final Dictionary<String> levels = new Dictionary<>();
        /** Few distinct values (an establishment's postal code): a code per row, not a string per record kept. */
        final Dictionary<String> postalCodes = new Dictionary<>();
        final Dictionary<BigDecimal> ftes = new Dictionary<>();
        final Dictionary<BigDecimal> weeklyHoursValues = new Dictionary<>();
        private boolean built;

        private Builder() {
        }

        /** Adds a record as the next row. */
        @Override
        public void accept(EmployeeRecord r) {
            Objects.requireNonNull(r, "record");
            if (built) {
                throw new IllegalStateException("the table was already built");
            }
            if (size == ids.length) {
                grow();
            }
            int row = size++;
            ids[row] = r.id();
            if (!encode(row, r)) {
                plain[row] = false;
                others[row] = r;
            }
        }

        /**
         * Adds a plain row from its values, as {@link #accept} adds the record they make when that
         * record is plain: for readers that parse text straight into columns, with no record per
         * row. The caller guarantees the row is plain (see {@link TableColumns}); nothing is checked.
         */
        @API(status = API.Status.INTERNAL)
        public void acceptPlain(PlainRow r) {
            if (built) {
                throw new IllegalStateException("the table was already built");
            }
            if (size == ids.length) {
                grow();
            }
            int row = size++;
            ids[row] = r.id;
            plain[row] = true;
            others[row] = null;
            sex[row] = (byte) r.sex;
            management[row] = (byte) r.managementLevel;
            contract[row] = (byte) r.contract;
            exitReason[row] = (byte) r.exitReason;
            flags[row] = (byte) ((r.raised ? TableColumns.RAISED : 0) | (r.promoted ? TableColumns.PROMOTED : 0)
                    | (r.maternityReturn ? TableColumns.MATERNITY_RETURN : 0)
                    | (r.raisedAfterMaternity ? TableColumns.RAISED_AFTER_MATERNITY : 0));
            birthDate[row] = r.birthDate;
            birthYear[row] = r.birthYear;
            hireDay[row] = r.hireDay;
            exitDay[row] = r.exitDay;
            company[row] = companies.code(r.company);
            establishment[row] = establishments.code(r.establishment);
            jobCode[row] = jobCodes.code(r.jobCode);
            category[row] = categories.code(r.category);
            level[row] = levels.code(r.level);
            postalCode[row] = postalCodes.code(r.workPostalCode);
            fte[row] = ftes.code(Optional.of(r.fte)) - 1;
            weeklyHours[row] = weeklyHoursValues.code(r.weeklyHours);
            basePay[row] = r.basePay;
            variablePay[row] = r.variablePay;
            excludedPay[row] = r.excludedPay;
            bonus[row] = r.bonus;
            basePayScale[row] = r.basePayScale;
            variablePayScale[row] = r.variablePayScale;
            excludedPayScale[row] = r.excludedPayScale;
            bonusScale[row] = r.bonusScale;
        }

        /**
         * Appends the rows of another table whose bit is set in {@code keep}, in their order, as
         * {@link #accept} would have added their records: the columns are copied and the
         * dictionary codes translated, no record is rebuilt. For readers that fill one table per
         * part of an input on several cores and join the parts in input order.
         */
        @API(status = API.Status.INTERNAL)
        public void appendRows(EmployeeTable part, java.util.BitSet keep) {
            if (built) {
                throw new IllegalStateException("the table was already built");
            }
            TableColumns c = part.columns;
            int[] rows = keep.stream().takeWhile(row -> row < c.size).toArray();
            while (ids.length < size + (long) rows.length) {
                grow(); // once, not row by row
            }
            // Column by column: short loops the compiler keeps tight, and a plain copy when every
            // row is kept. Each dictionary still receives its values in row order, so the codes are
            // those of adding the rows one by one.
            int at = size;
            copy(c.ids, ids, rows, at);
            copy(c.plain, plain, rows, at);
            copy(c.others, others, rows, at);
            copy(c.sex, sex, rows, at);
            copy(c.management, management, rows, at);
            copy(c.contract, contract, rows, at);
            copy(c.exitReason, exitReason, rows, at);
            copy(c.flags, flags, rows, at);
            copy(c.birthDate, birthDate, rows, at);
            copy(c.birthYear, birthYear, rows, at);
            copy(c.hireDay, hireDay, rows, at);
            copy(c.exitDay, exitDay, rows, at);
            copy(c.basePay, basePay, rows, at);
            copy(c.variablePay, variablePay, rows, at);
            copy(c.excludedPay, excludedPay, rows, at);
            copy(c.bonus, bonus, rows, at);
            copy(c.basePayScale, basePayScale, rows, at);
            copy(c.variablePayScale, variablePayScale, rows, at);
            copy(c.excludedPayScale, excludedPayScale, rows, at);
            copy(c.bonusScale, bonusScale, rows, at);
            translate(companies, c.companies, c.company, company, c.plain, rows, at, 0);
            translate(establishments, c.establishments, c.establishment, establishment, c.plain, rows, at, 0);
            translate(jobCodes, c.jobCodes, c.jobCode, jobCode, c.plain, rows, at, 0);
            translate(categories, c.categories, c.category, category, c.plain, rows, at, 0);
            translate(levels, c.levels, c.level, level, c.plain, rows, at, 0);
            translate(postalCodes, c.postalCodes, c.postalCode, postalCode, c.plain, rows, at, 0);
            translate(ftes, c.ftes, c.fte, fte, c.plain, rows, at, 1); // fte codes are index - 1: 0 is the first value
            translate(weeklyHoursValues, c.weeklyHoursValues, c.weeklyHours, weeklyHours, c.plain, rows, at, 0);
            size += rows.length;
        }

        /** Whether {@code rows} are consecutive (then a column is one array copy). */
        private static boolean consecutive(int[] rows) {
            return rows.length == 0 || rows[rows.length - 1] - rows[0] == rows.length - 1;
        }

        private static void copy(Object from, Object to, int[] rows, int at) {
            if (consecutive(rows)) {
                if (rows.length > 0) {
                    System.arraycopy(from, rows[0], to, at, rows.length);
                }
                return;
            }
            // Java 17: no pattern matching on a switch
            if (from instanceof int[] f) {
                int[] t = (int[]) to;
                for (int j = 0; j < rows.length; j++) {
                    t[at + j] = f[rows[j]];
                }
            } else if (from instanceof long[] f) {
                long[] t = (long[]) to;
                for (int j = 0; j < rows.length; j++) {
                    t[at + j] = f[rows[j]];
                }
            } else if (from instanceof byte[] f) {
                byte[] t = (byte[]) to;
                for (int j = 0; j < rows.length; j++) {
                    t[at + j] = f[rows[j]];
                }
            } else if (from instanceof boolean[] f) {
                boolean[] t = (boolean[]) to;
                for (int j = 0; j < rows.length; j++) {
                    t[at + j] = f[rows[j]];
                }
            } else if (from instanceof Object[] f) {
                Object[] t = (Object[]) to;
                for (int j = 0; j < rows.length; j++) {
                    t[at + j] = f[rows[j]];
                }
            } else {
                throw new IllegalArgumentException("not a column: " + from.getClass());
            }
        }

        /** A dictionary-coded column of the plain rows, its codes translated to this builder's ({@code shift}: code + shift is the dictionary code). */
        private static <T> void translate(Dictionary<T> into, List<T> values, int[] from, int[] to, boolean[] plain, int[] rows,
                                          int at, int shift) {
            int[] translated = new int[values.size() + 1];
            for (int j = 0; j < rows.length; j++) {
                int row = rows[j];
                if (plain[row]) {
                    to[at + j] = code(into, values, translated, from[row] + shift) - shift;
                }
            }
        }

        /**
         * This builder's code of another dictionary's code (0 absent, else 1 + index), given a
         * value on its first use only: the dictionary then holds the values of the kept rows in
         * order of first appearance, exactly as {@link #accept} of their records would have made it.
         */
        private static <T> int code(Dictionary<T> into, List<T> values, int[] translated, int code) {
            if (code == 0) {
                return 0;
            }
            int mine = translated[code];
            if (mine == 0) {
                mine = into.code(Optional.of(values.get(code - 1)));
                translated[code] = mine;
            }
            return mine;
        }

        /** Fills the columns of a plain row; false when the record is not plain (see {@link TableColumns}). */
        private boolean encode(int row, EmployeeRecord r) {
            if (r.daysPresent().isPresent() || r.hourlyPay().isPresent() || r.jobFamily().isPresent()
                    || !plainFactor(r.fte(), MIN_FTE, BigDecimal.ONE)
                    || !r.weeklyHours().map(w -> plainFactor(w, MIN_WEEKLY_HOURS, MAX_WEEKLY_HOURS)).orElse(true)
                    || !(plainAmount(r.annualBasePay()) && plainAmount(r.annualVariablePay())
                    && plainAmount(r.annualExcludedPay()) && plainAmount(r.bonus12m()))) {
                return false;
            }
            int born = r.birthDate().map(TableColumns::packed).orElse(TableColumns.ABSENT);
            int hired = r.hireDate().map(Builder::epochDay).orElse(TableColumns.ABSENT);
            int left = r.exitDate().map(Builder::epochDay).orElse(TableColumns.ABSENT);
            if ((born == TableColumns.ABSENT && r.birthDate().isPresent()) || (hired == TableColumns.ABSENT && r.hireDate().isPresent())
                    || (left == TableColumns.ABSENT && r.exitDate().isPresent())
                    || r.birthYear().filter(y -> Math.abs((long) y) > TableColumns.MAX_PLAIN_BIRTH_YEAR).isPresent()) {
                return false;
            }
            plain[row] = true;
            others[row] = null;
            sex[row] = (byte) r.sex().ordinal();
            management[row] = (byte) r.managementLevel().ordinal();
            contract[row] = (byte) r.contract().ordinal();
            exitReason[row] = (byte) r.exitReason().map(Enum::ordinal).orElse(-1).intValue();
            flags[row] = (byte) ((r.raised() ? TableColumns.RAISED : 0) | (r.promoted() ? TableColumns.PROMOTED : 0)
                    | (r.maternityReturn() ? TableColumns.MATERNITY_RETURN : 0)
                    | (r.raisedAfterMaternity() ? TableColumns.RAISED_AFTER_MATERNITY : 0));
            birthDate[row] = born;
            birthYear[row] = r.birthYear().orElse(TableColumns.ABSENT);
            hireDay[row] = hired;
            exitDay[row] = left;
            company[row] = companies.code(r.company());
            establishment[row] = establishments.code(r.establishment());
            jobCode[row] = jobCodes.code(r.jobCode());
            category[row] = categories.code(r.category());
            level[row] = levels.code(r.level());
            postalCode[row] = postalCodes.code(r.workPostalCode());
            fte[row] = ftes.code(Optional.of(r.fte())) - 1;
            weeklyHours[row] = weeklyHoursValues.code(r.weeklyHours());
            basePayScale[row] = amount(r.annualBasePay(), basePay, row);
            variablePayScale[row] = amount(r.annualVariablePay(), variablePay, row);
            excludedPayScale[row] = amount(r.annualExcludedPay(), excludedPay, row);
            bonusScale[row] = amount(r.bonus12m(), bonus, row);
            return true;
        }

        private static byte amount(Optional<BigDecimal> value, long[] column, int row) {
            if (value.isEmpty()) {
                column[row] = 0;
                return -1;
            }
            BigDecimal v = value.get();
            column[row] = v.scaleByPowerOfTen(v.scale()).longValueExact(); // the unscaled value, without a BigInteger
            return (byte) v.scale();
        }

        /** An amount of at most 2 decimals, from 0 to {@link TableColumns#MAX_PLAIN_CENTS} cents. */
        private static boolean plainAmount(Optional<BigDecimal> value) {
            if (value.isEmpty()) {
                return true;
            }
            BigDecimal v = value.get();
            return v.scale() >= 0 && v.scale() <= 2 && v.signum() >= 0
                    && v.movePointRight(2).compareTo(BigDecimal.valueOf(TableColumns.MAX_PLAIN_CENTS)) <= 0;
        }

        /** A factor (fte, weekly hours) in [min, max], with at most 4 decimals. */
        private static boolean plainFactor(BigDecimal value, BigDecimal min, BigDecimal max) {
            return value.scale() >= 0 && value.scale() <= MAX_SCALE && value.compareTo(min) >= 0 && value.compareTo(max) <= 0;
        }

        private static int epochDay(LocalDate date) {
            long day = date.toEpochDay();
            return day <= Integer.MIN_VALUE || day > Integer.MAX_VALUE ? TableColumns.ABSENT : (int) day;
        }

        private void grow() {
            resize(ids.length * 2);
        }

        /**
         * Makes room for {@code rows} rows in all, so that a reader that knows about how many rows
         * come (from the input's size, or parts already read) does not grow the columns row after
         * row; a table built with at most a sixteenth of its room unused keeps its columns without
         * copying them.
         */
        @API(status = API.Status.INTERNAL)
        public void ensureCapacity(int rows) {
            if (built) {
                throw new IllegalStateException("the table was already built");
            }
            if (rows > ids.length) {
                resize(rows);
            }
        }

        private void resize(int n) {
            ids = Arrays.copyOf(ids, n);
            others = Arrays.copyOf(others, n);
            plain = Arrays.copyOf(plain, n);
            sex = Arrays.copyOf(sex, n);
            management = Arrays.copyOf(management, n);
            contract = Arrays.copyOf(contract, n);
            exitReason = Arrays.copyOf(exitReason, n);
            flags = Arrays.copyOf(flags, n);
            birthDate = Arrays.copyOf(birthDate, n);
            birthYear = Arrays.copyOf(birthYear, n);
            hireDay = Arrays.copyOf(hireDay, n);
            exitDay = Arrays.copyOf(exitDay, n);
            company = Arrays.copyOf(company, n);
            establishment = Arrays.copyOf(establishment, n);
            jobCode = Arrays.copyOf(jobCode, n);
            category = Arrays.copyOf(category, n);
            level = Arrays.copyOf(level, n);
            postalCode = Arrays.copyOf(postalCode, n);
            fte = Arrays.copyOf(fte, n);
            weeklyHours = Arrays.copyOf(weeklyHours, n);
            basePay = Arrays.copyOf(basePay, n);
            variablePay = Arrays.copyOf(variablePay, n);
            excludedPay = Arrays.copyOf(excludedPay, n);
            bonus = Arrays.copyOf(bonus, n);
            basePayScale = Arrays.copyOf(basePayScale, n);
            variablePayScale = Arrays.copyOf(variablePayScale, n);
            excludedPayScale = Arrays.copyOf(excludedPayScale, n);
            bonusScale = Arrays.copyOf(bonusScale, n);
        }

        /** The table of the records added so far; the builder cannot be used afterwards. */
        public EmployeeTable build() {
            built = true;
            return new EmployeeTable(new TableColumns(this));
        }
    }

    /**
     * The values of one plain row in the encoding of {@link TableColumns}, filled by a reader and
     * passed to {@link Builder#acceptPlain}: enums by ordinal, the birth date as {@code yyyymmdd},
     * other dates as epoch days, {@link TableColumns#ABSENT} for an absent date or year, amounts as
     * unscaled values with their scale (-1 when absent). Mutable and reused row after row.
     */
    @API(status = API.Status.INTERNAL)
    public static final class PlainRow {
        public String id = "";
        public int sex;
        public int managementLevel;
        public int contract;
        /** -1 when absent. */
        public int exitReason = -1;
        public boolean raised;
        public boolean promoted;
        public boolean maternityReturn;
        public boolean raisedAfterMaternity;
        public int birthDate = TableColumns.ABSENT;
        public int birthYear = TableColumns.ABSENT;
        public int hireDay = TableColumns.ABSENT;
        public int exitDay = TableColumns.ABSENT;
        public Optional<String> company = Optional.empty();
        public Optional<String> establishment = Optional.empty();
        public Optional<String> jobCode = Optional.empty();
        public Optional<String> category = Optional.empty();
        public Optional<String> level = Optional.empty();
        public Optional<String> workPostalCode = Optional.empty();
        public BigDecimal fte = BigDecimal.ONE;
        public Optional<BigDecimal> weeklyHours = Optional.empty();
        public long basePay;
        public long variablePay;
        public long excludedPay;
        public long bonus;
        public byte basePayScale = -1;
        public byte variablePayScale = -1;
        public byte excludedPayScale = -1;
        public byte bonusScale = -1;
    }

    /** Distinct values in order of first appearance; code 0 is "absent", code i + 1 the i-th value. */
    static final class Dictionary<T> {
        private final Map<T, Integer> codes = new HashMap<>();
        private final List<T> values = new ArrayList<>();

        int code(Optional<T> value) {
            if (value.isEmpty()) {
                return 0;
            }
            Integer code = codes.get(value.get());
            if (code == null) {
                values.add(value.get());
                code = values.size();
                codes.put(value.get(), code);
            }
            return code;
        }

        List<T> values() {
            return values;
        }
    }
}
