package org.mixite.analytics;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.apiguardian.api.API;
import java.math.BigDecimal;
import java.math.MathContext;
import org.mixite.core.indicators.egapro.EgaproInput;
import org.mixite.core.indicators.egapro.Modalite;
import org.mixite.core.indicators.egapro.records.EgaproAccumulator;
import org.mixite.core.indicators.egapro.records.PayCellMember;
import org.mixite.core.indicators.egapro.AgeBand;
import org.mixite.core.indicators.egapro.Csp;
import org.mixite.core.indicators.paygap.HourlyPay;
import org.mixite.core.table.EmployeeTable;
import org.mixite.core.table.TableColumns;
import org.mixite.spi.model.ContractType;
import org.mixite.spi.model.EmployeeRecord;
import org.mixite.spi.model.ReferencePeriod;
import org.mixite.spi.model.Sex;

/**
 * The people the analytics work on, in compact columns: women and men present in the period
 * with a positive hourly pay (derived exactly as the pay-gap figures do, see {@link HourlyPay}),
 * their category of workers and their control values. Sex X or unknown, absent people and zero
 * pay are left out and counted by reason. People missing a numeric control that others have
 * (e.g. tenure without a hire date) stay in: the raw gaps, Art. 10 and the Egapro target count
 * them; only the regression leaves them out ({@link #completeCases()}). Immutable;
 * {@link #withHourlyPay(long[])} gives the same people with other pay.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class AnalyticsSample {

    private static final String MISSING = "(missing)";

    private final String[] ids;
    private final boolean[] female;
    private final long[] hourlyNanos;
    private final double[] annualHours;
    private final int[] category;
    private final List<String> categoryNames;
    private final Map<Control, int[]> codes;
    private final Map<Control, List<String>> levelNames;
    private final Map<Control, double[]> numeric;
    private final Set<Control> controls;
    private final Map<String, Long> excluded;
    private final EgaproCells egapro;
    /** Per person, the first numeric control they lack (their value is NaN), or null. */
    private final String[] missing;
    private final boolean allComplete;

    private AnalyticsSample(String[] ids, boolean[] female, long[] hourlyNanos, double[] annualHours, int[] category,
                            List<String> categoryNames, Map<Control, int[]> codes, Map<Control, List<String>> levelNames,
                            Map<Control, double[]> numeric, Set<Control> controls, Map<String, Long> excluded,
                            EgaproCells egapro, String[] missing) {
        this.ids = ids;
        this.female = female;
        this.hourlyNanos = hourlyNanos;
        this.annualHours = annualHours;
        this.category = category;
        this.categoryNames = categoryNames;
        this.codes = codes;
        this.levelNames = levelNames;
        this.numeric = numeric;
        this.controls = controls;
        this.excluded = excluded;
        this.egapro = egapro;
        this.missing = missing;
        boolean complete = true;
        for (String m : missing) {
            complete &= m == null;
        }
        this.allComplete = complete;
    }

    /** A builder for the given period and controls (in the order they enter the regression). */
    public static Builder builder(ReferencePeriod period, Set<Control> controls) {
        return new Builder(period, controls);
    }

    /** The sample of {@code records}: shorthand for a builder fed with all of them. */
    public static AnalyticsSample of(Iterable<EmployeeRecord> records, ReferencePeriod period, Set<Control> controls) {
        Builder b = builder(period, controls);
        records.forEach(b::add);
        return b.build();
    }

    /**
     * The sample of a table's rows: the same as {@link #of(Iterable, ReferencePeriod, Set)} of its
     * records, read from the columns (no record rebuilt for a plain row).
     */
    public static AnalyticsSample of(EmployeeTable table, ReferencePeriod period, Set<Control> controls) {
        return builder(period, controls).add(table).build();
    }

    /**
     * Whether a category name is a category of workers; {@code (missing)} (records without one) is
     * not, so Art. 10 never flags or raises it, as the pay-gap figures do not.
     */
    public static boolean isCategory(String name) {
        return !MISSING.equals(name);
    }

    public int size() {
        return ids.length;
    }

    public String id(int i) {
        return ids[i];
    }

    public boolean isFemale(int i) {
        return female[i];
    }

    public long hourlyNanos(int i) {
        return hourlyNanos[i];
    }

    /** The hours an hourly raise is paid for in the period (weekly hours × 52 × presence). */
    public double annualHours(int i) {
        return annualHours[i];
    }

    /** The category of workers of person i, an index into {@link #categoryNames()}. */
    public int category(int i) {
        return category[i];
    }

    /** The categories of workers, sorted by name ("(missing)" when a record has none). */
    public List<String> categoryNames() {
        return categoryNames;
    }

    /** The controls this sample holds, in regression order. */
    public Set<Control> controls() {
        return controls;
    }

    /** The level of a categorical control for person i, an index into {@link #levels(Control)}. */
    public int level(Control c, int i) {
        return codes.get(c)[i];
    }

    /** The levels of a categorical control, sorted by name. */
    public List<String> levels(Control c) {
        return levelNames.getOrDefault(c, List.of());
    }

    /** The value of a numeric control for person i; NaN when they lack it (see {@link #isComplete(int)}). */
    public double value(Control c, int i) {
        return numeric.get(c)[i];
    }

    /** Whether a numeric control has values (false when no record carried it). */
    public boolean hasValues(Control c) {
        return numeric.containsKey(c);
    }

    /** The records left out, by reason, sorted by reason. */
    public Map<String, Long> excluded() {
        return excluded;
    }

    /** Whether person i has every numeric control, so the regression can use them. */
    public boolean isComplete(int i) {
        return missing[i] == null;
    }

    /** The people the regression leaves out for a missing numeric control, by control ("missing tenure"). */
    public Map<String, Long> leftOutOfRegression() {
        Map<String, Long> counts = new TreeMap<>();
        for (String m : missing) {
            if (m != null) {
                counts.merge("missing " + m, 1L, Long::sum);
            }
        }
        return java.util.Collections.unmodifiableMap(counts);
    }

    /**
     * The people with every numeric control, the sample a regression is fitted on: this sample
     * itself when nobody lacks one. Its {@link #excluded()} adds those left out, by control.
     */
    public AnalyticsSample completeCases() {
        if (allComplete) {
            return this;
        }
        int[] rows = java.util.stream.IntStream.range(0, ids.length).filter(this::isComplete).toArray();
        int n = rows.length;
        String[] subIds = new String[n];
        boolean[] subFemale = new boolean[n];
        long[] subPay = new long[n];
        double[] subHours = new double[n];
        String[] subCategories = new String[n];
        for (int j = 0; j < n; j++) {
            int i = rows[j];
            subIds[j] = ids[i];
            subFemale[j] = female[i];
            subPay[j] = hourlyNanos[i];
            subHours[j] = annualHours[i];
            subCategories[j] = categoryNames.get(category[i]);
        }
        // Levels are re-encoded over the people kept, so none is empty.
        List<String> subCategoryNames = Builder.sortedDistinct(subCategories);
        Map<Control, int[]> subCodes = new EnumMap<>(Control.class);
        Map<Control, List<String>> subLevels = new EnumMap<>(Control.class);
        codes.forEach((c, code) -> {
            String[] labels = new String[n];
            for (int j = 0; j < n; j++) {
                labels[j] = levelNames.get(c).get(code[rows[j]]);
            }
            List<String> names = Builder.sortedDistinct(labels);
            subLevels.put(c, names);
            subCodes.put(c, Builder.encode(labels, names));
        });
        Map<Control, double[]> subNumeric = new EnumMap<>(Control.class);
        numeric.forEach((c, values) -> {
            double[] kept = new double[n];
            for (int j = 0; j < n; j++) {
                kept[j] = values[rows[j]];
            }
            subNumeric.put(c, kept);
        });
        Map<String, Long> subExcluded = new TreeMap<>(excluded);
        leftOutOfRegression().forEach((reason, count) -> subExcluded.merge(reason, count, Long::sum));
        return new AnalyticsSample(subIds, subFemale, subPay, subHours, Builder.encode(subCategories, subCategoryNames),
                subCategoryNames, subCodes, subLevels, subNumeric, controls,
                java.util.Collections.unmodifiableMap(subExcluded), egapro.rows(rows), new String[n]);
    }

    /** The same people with other hourly pay (nano-euros, same order); for simulations. */
    public AnalyticsSample withHourlyPay(long[] nanos) {
        if (nanos.length != ids.length) {
            throw new IllegalArgumentException("expected " + ids.length + " pay figures, got " + nanos.length);
        }
        for (long m : nanos) {
            if (m <= 0) {
                throw new IllegalArgumentException("hourly pay must be positive");
            }
        }
        return new AnalyticsSample(ids, female, nanos.clone(), annualHours, category, categoryNames, codes,
                levelNames, numeric, controls, excluded, egapro, missing);
    }

    /** Egapro indicator 1 of the records this sample was built from, for simulations. */
    public EgaproCells egapro() {
        return egapro;
    }

    /** A copy of the hourly pay column. */
    public long[] hourlyPayCopy() {
        return hourlyNanos.clone();
    }

    /** Collects records; not thread-safe. */
    public static final class Builder {
        private final ReferencePeriod period;
        private final Set<Control> controls;
        private final Map<String, Long> excluded = new TreeMap<>();
        private Modalite modalite = Modalite.CSP;
        private EgaproAccumulator egapro;

        // One row per kept person, in compact columns: no record is held, so a sample of a
        // million people costs primitive arrays, not a million record objects.
        private int size;
        private String[] ids = new String[16];
        private boolean[] female = new boolean[16];
        private long[] nanos = new long[16];
        private double[] hours = new double[16];
        private int[] category = new int[16];
        private final Dictionary categories = new Dictionary();
        private final Map<Control, int[]> labelCodes = new EnumMap<>(Control.class);
        private final Map<Control, Dictionary> labelNames = new EnumMap<>(Control.class);
        private final Map<Control, double[]> numeric = new EnumMap<>(Control.class);
        /** The numeric controls at least one kept person carries (the others stay out of the regression). */
        private final Set<Control> carried = EnumSet.noneOf(Control.class);
        // Egapro indicator 1: each person's group key (a code of "group\0band", -1 outside it),
        // indicator-1 pay and its change per hourly nano-euro, exact.
        private int[] cellKey = new int[16];
        private BigDecimal[] egaproPay = new BigDecimal[16];
        private BigDecimal[] perNano = new BigDecimal[16];
        private final Dictionary cellKeys = new Dictionary();

        private Builder(ReferencePeriod period, Set<Control> controls) {
            this.period = Objects.requireNonNull(period, "period");
            this.controls = controls.isEmpty() ? EnumSet.noneOf(Control.class) : EnumSet.copyOf(controls);
            for (Control c : this.controls) {
                if (c.isNumeric()) {
                    numeric.put(c, new double[16]);
                } else {
                    labelCodes.put(c, new int[16]);
                    labelNames.put(c, new Dictionary());
                }
            }
        }

        /** How Egapro indicator 1 groups people (CSP by default); before the first {@link #add}. */
        public Builder modalite(Modalite modalite) {
            if (egapro != null) {
                throw new IllegalStateException("the modalite is set before the first record");
            }
            this.modalite = Objects.requireNonNull(modalite, "modalite");
            return this;
        }

        public Builder add(EmployeeRecord r) {
            egapro().add(r);
            person(r);
            return this;
        }

        /**
         * Adds every row of a table, in order, as {@link #add(EmployeeRecord)} of each record would:
         * plain rows ({@link TableColumns#plain}) are read from the columns by the same rules, with
         * the figures that depend only on a few codes (hours, Egapro factors, labels) derived once
         * per distinct combination; the other rows through their record.
         */
        public Builder add(EmployeeTable table) {
            TableColumns c = table.columns();
            egapro().addRows(c, 0, c.size()); // the column-wise Egapro pass (its record pass for rows that need it)
            if (!TableColumns.readsPeriod(period)) {
                for (int row = 0; row < c.size(); row++) {
                    person(c.record(row));
                }
                return this;
            }
            if (size + c.size() > ids.length) {
                grow(size + c.size());
            }
            Rows rows = new Rows(c);
            for (int row = 0; row < c.size(); row++) {
                if (c.plain(row)) {
                    rows.add(row);
                } else {
                    person(c.record(row));
                }
            }
            return this;
        }

        private EgaproAccumulator egapro() {
            if (egapro == null) {
                egapro = new EgaproAccumulator(period, modalite);
            }
            return egapro;
        }

        private void person(EmployeeRecord r) {
            if (!r.sex().isBinary()) {
                exclude("sex X or unknown");
                return;
            }
            Optional<HourlyPay> hourly = HourlyPay.of(r, period);
            if (hourly.isEmpty()) {
                exclude("not present or no pay");
                return;
            }
            if (hourly.get().nanos() <= 0) {
                exclude("zero hourly pay");
                return;
            }
            keep(r, hourly.get());
        }

        private void keep(EmployeeRecord r, HourlyPay h) {
            if (size == ids.length) {
                grow();
            }
            int j = size++;
            ids[j] = r.id();
            female[j] = r.sex() == Sex.FEMALE;
            nanos[j] = h.nanos();
            hours[j] = h.annualHours().doubleValue();
            category[j] = categories.code(r.categoryOrDerived().orElse(MISSING));
            for (Map.Entry<Control, int[]> e : labelCodes.entrySet()) {
                e.getValue()[j] = labelNames.get(e.getKey()).code(label(e.getKey(), r));
            }
            for (Map.Entry<Control, double[]> e : numeric.entrySet()) {
                Optional<Double> value = numericValue(e.getKey(), r);
                value.ifPresent(v -> carried.add(e.getKey()));
                e.getValue()[j] = value.orElse(Double.NaN);
            }
            Optional<PayCellMember> m = egapro.payCellOf(r);
            BigDecimal hoursPaid = h.annualHours();
            cellKey[j] = m.map(c -> cellKeys.code(c.group() + "\u0000" + c.band())).orElse(-1);
            egaproPay[j] = m.map(PayCellMember::pay).orElse(BigDecimal.ZERO);
            // one nano-euro an hour more is hours × 1e-9 euros a year, × payPerEuro of indicator-1 pay
            perNano[j] = m.map(c -> c.payPerEuro().multiply(hoursPaid).movePointLeft(9)).orElse(BigDecimal.ZERO);
        }

        /**
         * The plain rows of one table, read column by column by the rules of {@link #person} and
         * {@link EgaproAccumulator#payCellOf}: what depends on a code alone (a category's name, a
         * CSP, an fte's value) or on a few codes and the days present (the hours paid, the Egapro
         * factors) is derived once and reused, the same values the record path derives each time.
         */
        private final class Rows {
            private static final BigDecimal LEGAL_WEEK = BigDecimal.valueOf(35);
            private static final BigDecimal WEEKS = BigDecimal.valueOf(52);
            private static final int UNSEEN = Integer.MIN_VALUE;

            private final TableColumns c;
            private final long start = period.start().toEpochDay();
            private final long end = period.end().toEpochDay();
            private final long periodDays = period.days();
            private final BigDecimal periodDaysDecimal = BigDecimal.valueOf(periodDays);
            private final int endPacked = TableColumns.packed(period.end());
            private final int endYear = period.end().getYear();
            private final ContractType[] contracts = ContractType.values();
            private final int[] categoryByCategory;
            private final int[] categoryByJob;
            private final int[] cspByCategory;
            private final int[] cspByJob;
            private final int[] groupOfCsp = new int[Csp.values().length * AgeBand.values().length];
            private final int[] groupOfLevel;
            private final Map<Control, int[]> labelByCode = new EnumMap<>(Control.class);
            private final Map<Long, BigDecimal> hoursMemo = new java.util.HashMap<>();
            private final Map<Long, BigDecimal> perEuroMemo = new java.util.HashMap<>();
            private final Map<Long, BigDecimal> perNanoMemo = new java.util.HashMap<>();
            private final double[] fteValue;

            Rows(TableColumns c) {
                this.c = c;
                categoryByCategory = unseen(c.categories().size() + 1);
                categoryByJob = unseen(c.jobCodes().size() + 1);
                cspByCategory = unseen(c.categories().size() + 1);
                cspByJob = unseen(c.jobCodes().size() + 1);
                Arrays.fill(groupOfCsp, UNSEEN);
                groupOfLevel = unseen((c.levels().size() + 1) * AgeBand.values().length);
                labelByCode.put(Control.LEVEL, unseen(c.levels().size() + 1));
                labelByCode.put(Control.ESTABLISHMENT, unseen(c.establishments().size() + 1));
                fteValue = new double[c.ftes().size()];
                for (int f = 0; f < fteValue.length; f++) {
                    fteValue[f] = c.ftes().get(f).doubleValue();
                }
            }

            private static int[] unseen(int n) {
                int[] a = new int[n];
                Arrays.fill(a, UNSEEN);
                return a;
            }

            void add(int row) {
                int sex = c.sex(row); // Sex ordinals: F 0, M 1, then the others
                if (sex > 1) {
                    exclude("sex X or unknown");
                    return;
                }
                long present = c.daysPresent(row, start, end);
                int baseScale = c.basePayScale(row);
                if (present == 0 || baseScale < 0) {
                    exclude("not present or no pay");
                    return;
                }
                int variableScale = c.variablePayScale(row);
                long cents = c.basePayCents(row) + (variableScale < 0 ? 0 : c.variablePayCents(row));
                int fte = c.fte(row);
                int weeklyCode = c.weeklyHours(row);
                BigDecimal weekly = weeklyCode == 0 ? LEGAL_WEEK.multiply(c.ftes().get(fte))
                        : c.weeklyHoursValues().get(weeklyCode - 1);
                long hourly = HourlyPay.nanos(cents, weekly, periodDays, present);
                if (hourly <= 0) {
                    exclude("zero hourly pay");
                    return;
                }
                // hours paid = weekly × 52 × present / period days, as HourlyPay derives them
                long hoursKey = ((long) weeklyCode * c.ftes().size() + fte) * 367 + present;
                BigDecimal hoursPaid = hoursMemo.computeIfAbsent(hoursKey, k -> weekly.multiply(WEEKS).multiply(
                        BigDecimal.valueOf(present).divide(periodDaysDecimal, MathContext.DECIMAL128), MathContext.DECIMAL64));
                if (size == ids.length) {
                    grow();
                }
                int j = size++;
                ids[j] = c.id(row);
                female[j] = sex == 0;
                nanos[j] = hourly;
                hours[j] = hoursPaid.doubleValue();
                category[j] = category(row);
                for (Map.Entry<Control, int[]> e : labelCodes.entrySet()) {
                    e.getValue()[j] = label(e.getKey(), row);
                }
                for (Map.Entry<Control, double[]> e : numeric.entrySet()) {
                    double value = numericValue(e.getKey(), row, fte);
                    if (!Double.isNaN(value)) {
                        carried.add(e.getKey());
                    }
                    e.getValue()[j] = value;
                }
                egaproCell(j, row, sex, present, fte, hoursKey, hoursPaid, baseScale, variableScale);
            }

            /** {@link EgaproAccumulator#payCellOf} of the row's record, with its change per hourly nano-euro. */
            private void egaproCell(int j, int row, int sex, long days, int fte, long hoursKey, BigDecimal hoursPaid,
                                    int baseScale, int variableScale) {
                cellKey[j] = -1;
                egaproPay[j] = BigDecimal.ZERO;
                perNano[j] = BigDecimal.ZERO;
                if (days < EgaproAccumulator.MIN_DAYS_PRESENT || outOfScope(contracts[c.contract(row)])) {
                    return;
                }
                int age = c.age(row, endPacked);
                int group = age == TableColumns.ABSENT ? -1 : groupKey(row, AgeBand.ofAge(age));
                if (group < 0) {
                    return;
                }
                BigDecimal fteValue = c.ftes().get(fte);
                BigDecimal gross = (baseScale < 0 ? BigDecimal.ZERO : BigDecimal.valueOf(c.basePayUnscaled(row), baseScale))
                        .add(variableScale < 0 ? BigDecimal.ZERO : BigDecimal.valueOf(c.variablePayUnscaled(row), variableScale));
                BigDecimal pay = days == periodDays && fteValue.compareTo(BigDecimal.ONE) == 0 ? gross
                        : gross.multiply(periodDaysDecimal).divide(fteValue.multiply(BigDecimal.valueOf(days)), MathContext.DECIMAL128);
                long euroKey = (long) fte * 367 + days;
                BigDecimal payPerEuro = perEuroMemo.computeIfAbsent(euroKey,
                        k -> periodDaysDecimal.divide(fteValue.multiply(BigDecimal.valueOf(days)), MathContext.DECIMAL128));
                cellKey[j] = group;
                egaproPay[j] = pay;
                perNano[j] = perNanoMemo.computeIfAbsent(hoursKey, k -> payPerEuro.multiply(hoursPaid).movePointLeft(9));
            }

            /** The code of "group\0band" in {@code cellKeys}, or -1 when the row has no indicator-1 group. */
            private int groupKey(int row, AgeBand band) {
                if (modalite == Modalite.CSP) {
                    int csp = csp(row);
                    if (csp < 0) {
                        return -1;
                    }
                    int k = csp * AgeBand.values().length + band.ordinal();
                    if (groupOfCsp[k] == UNSEEN) {
                        groupOfCsp[k] = cellKeys.code(Csp.values()[csp].code() + "\u0000" + band);
                    }
                    return groupOfCsp[k];
                }
                int level = c.level(row);
                int k = level * AgeBand.values().length + band.ordinal();
                if (groupOfLevel[k] == UNSEEN) {
                    Optional<String> name = TableColumns.text(c.levels(), level).filter(l -> !l.isBlank());
                    groupOfLevel[k] = name.map(l -> cellKeys.code(l + "\u0000" + band)).orElse(-1);
                }
                return groupOfLevel[k];
            }

            /** The CSP ordinal of the row (category when it is a CSP code, else the PCS code's first digit), or -1. */
            private int csp(int row) {
                int category = c.category(row);
                if (category != 0) {
                    if (cspByCategory[category] == UNSEEN) {
                        cspByCategory[category] = Csp.ofLenient(c.categories().get(category - 1)).map(Enum::ordinal).orElse(-1);
                    }
                    if (cspByCategory[category] >= 0) {
                        return cspByCategory[category];
                    }
                }
                int job = c.jobCode(row);
                if (cspByJob[job] == UNSEEN) {
                    cspByJob[job] = TableColumns.text(c.jobCodes(), job).flatMap(Csp::ofPcs).map(Enum::ordinal).orElse(-1);
                }
                return cspByJob[job];
            }

            /** The code of {@link EmployeeRecord#categoryOrDerived()} (or "(missing)") in {@code categories}. */
            private int category(int row) {
                int code = c.category(row);
                if (code != 0) {
                    if (categoryByCategory[code] == UNSEEN) {
                        categoryByCategory[code] = categories.code(c.categories().get(code - 1));
                    }
                    return categoryByCategory[code];
                }
                int job = c.jobCode(row);
                if (categoryByJob[job] == UNSEEN) {
                    // the record's own derivation, on a record carrying only this job code
                    Optional<String> derived = TableColumns.text(c.jobCodes(), job)
                            .flatMap(jobCode -> EmployeeRecord.builder("-", Sex.MALE).jobCode(jobCode).build().categoryOrDerived());
                    categoryByJob[job] = categories.code(derived.orElse(MISSING));
                }
                return categoryByJob[job];
            }

            /** The code of the row's label for a categorical control, as {@link Builder#label} names it. */
            private int label(Control control, int row) {
                Dictionary names = labelNames.get(control);
                return switch (control) {
                    case CATEGORY -> names.code(categories.name(category(row)));
                    case LEVEL -> labelOf(control, names, c.level(row), c.levels());
                    case ESTABLISHMENT -> labelOf(control, names, c.establishment(row), c.establishments());
                    case JOB_FAMILY -> names.code(MISSING); // a row with a job family is not plain
                    case AGE_BAND -> {
                        int born = c.birthDate(row);
                        int year = born != TableColumns.ABSENT ? born / 10_000 : c.birthYear(row);
                        yield names.code(year == TableColumns.ABSENT ? MISSING : ageBand(endYear - year));
                    }
                    default -> throw new IllegalStateException(control + " is numeric");
                };
            }

            private int labelOf(Control control, Dictionary names, int code, List<String> dictionary) {
                int[] memo = labelByCode.get(control);
                if (memo[code] == UNSEEN) {
                    memo[code] = names.code(TableColumns.text(dictionary, code).orElse(MISSING));
                }
                return memo[code];
            }

            private double numericValue(Control control, int row, int fte) {
                return switch (control) {
                    case FTE -> fteValue[fte];
                    case TENURE -> {
                        int hired = c.hireDay(row);
                        yield hired == TableColumns.ABSENT || hired > end ? Double.NaN : (end - hired) / 365.25;
                    }
                    default -> throw new IllegalStateException(control + " is categorical");
                };
            }
        }

        private static boolean outOfScope(ContractType contract) {
            return contract == ContractType.APPRENTICE || contract == ContractType.INTERN || contract == ContractType.TEMPORARY;
        }

        private void grow() {
            grow(ids.length * 2);
        }

        /** Room for at least {@code capacity} people (a table's size is known: no doubling, no copies). */
        private void grow(int capacity) {
            ids = Arrays.copyOf(ids, capacity);
            female = Arrays.copyOf(female, capacity);
            nanos = Arrays.copyOf(nanos, capacity);
            hours = Arrays.copyOf(hours, capacity);
            category = Arrays.copyOf(category, capacity);
            labelCodes.replaceAll((c, codes) -> Arrays.copyOf(codes, capacity));
            numeric.replaceAll((c, values) -> Arrays.copyOf(values, capacity));
            cellKey = Arrays.copyOf(cellKey, capacity);
            egaproPay = Arrays.copyOf(egaproPay, capacity);
            perNano = Arrays.copyOf(perNano, capacity);
        }

        private void exclude(String reason) {
            excluded.merge(reason, 1L, Long::sum);
        }

        public AnalyticsSample build() {
            int n = size;
            // A numeric control no kept person carries is kept out (the regression reports it).
            Map<Control, double[]> usable = new EnumMap<>(Control.class);
            for (Map.Entry<Control, double[]> e : numeric.entrySet()) {
                if (carried.contains(e.getKey())) {
                    usable.put(e.getKey(), Arrays.copyOf(e.getValue(), n));
                }
            }
            // Everyone stays; a person missing a numeric control is marked, and only the regression leaves them out.
            String[] missing = new String[n];
            for (int j = 0; j < n; j++) {
                for (Control c : controls) { // the controls' order, as the regression enters them
                    double[] values = usable.get(c);
                    if (values != null && Double.isNaN(values[j])) {
                        missing[j] = c.key();
                        break;
                    }
                }
            }
            boolean[] isFemale = Arrays.copyOf(female, n);
            long[] hourly = Arrays.copyOf(nanos, n);
            EgaproCells egaproCells = egaproCells(n, isFemale, hourly);
            List<String> categoryNames = categories.sortedNames();
            Map<Control, int[]> codes = new EnumMap<>(Control.class);
            Map<Control, List<String>> levelNames = new EnumMap<>(Control.class);
            for (Map.Entry<Control, int[]> e : labelCodes.entrySet()) {
                Dictionary names = labelNames.get(e.getKey());
                levelNames.put(e.getKey(), names.sortedNames());
                codes.put(e.getKey(), names.sortedCodes(e.getValue(), n));
            }
            return new AnalyticsSample(Arrays.copyOf(ids, n), isFemale, hourly, Arrays.copyOf(hours, n),
                    categories.sortedCodes(category, n), categoryNames, codes, levelNames, usable,
                    controls, java.util.Collections.unmodifiableMap(new TreeMap<>(excluded)), egaproCells, missing);
        }

        private EgaproCells egaproCells(int n, boolean[] isFemale, long[] hourly) {
            EgaproInput input = (egapro == null ? new EgaproAccumulator(period, modalite) : egapro).aggregate().input();
            Map<String, Integer> index = new java.util.HashMap<>();
            for (int g = 0; g < input.remunerations().size(); g++) {
                var group = input.remunerations().get(g);
                index.put(group.categorie() + "\u0000" + group.trancheAge(), g);
            }
            int[] groupOfKey = new int[cellKeys.size()];
            for (int k = 0; k < groupOfKey.length; k++) {
                groupOfKey[k] = index.getOrDefault(cellKeys.name(k), -1);
            }
            int[] group = new int[n];
            for (int j = 0; j < n; j++) {
                group[j] = cellKey[j] < 0 ? -1 : groupOfKey[cellKey[j]];
            }
            // The sample's own columns, shared: neither the sample nor the cells ever write them.
            return new EgaproCells(input, group, isFemale, Arrays.copyOf(egaproPay, n), Arrays.copyOf(perNano, n), hourly);
        }

        private String label(Control c, EmployeeRecord r) {
            return switch (c) {
                case CATEGORY -> r.categoryOrDerived().orElse(MISSING);
                case LEVEL -> r.level().orElse(MISSING);
                case JOB_FAMILY -> r.jobFamily().orElse(MISSING);
                case ESTABLISHMENT -> r.establishment().orElse(MISSING);
                case AGE_BAND -> r.birthYearOrDerived().map(y -> ageBand(period.end().getYear() - y)).orElse(MISSING);
                default -> throw new IllegalStateException(c + " is numeric");
            };
        }

        private static String ageBand(int age) {
            return age < 30 ? "<30" : age < 40 ? "30-39" : age < 50 ? "40-49" : "50+";
        }

        private Optional<Double> numericValue(Control c, EmployeeRecord r) {
            return switch (c) {
                case FTE -> Optional.of(r.fte().doubleValue());
                case TENURE -> r.hireDate().filter(d -> !d.isAfter(period.end()))
                        .map(d -> ChronoUnit.DAYS.between(d, period.end()) / 365.25);
                default -> throw new IllegalStateException(c + " is categorical");
            };
        }

        private static List<String> sortedDistinct(String[] values) {
            return List.copyOf(new java.util.TreeSet<>(Arrays.asList(values)));
        }

        private static int[] encode(String[] values, List<String> names) {
            Map<String, Integer> index = new java.util.HashMap<>();
            for (int i = 0; i < names.size(); i++) {
                index.put(names.get(i), i);
            }
            int[] out = new int[values.length];
            for (int i = 0; i < values.length; i++) {
                out[i] = index.get(values[i]);
            }
            return out;
        }
    }


    /** Distinct strings in order of first sight, with codes; then renumbered in sorted order. */
    private static final class Dictionary {
        private final Map<String, Integer> codes = new java.util.HashMap<>();
        private final List<String> names = new ArrayList<>();

        int code(String name) {
            Integer code = codes.get(name);
            if (code == null) {
                code = names.size();
                codes.put(name, code);
                names.add(name);
            }
            return code;
        }

        int size() {
            return names.size();
        }

        String name(int code) {
            return names.get(code);
        }

        List<String> sortedNames() {
            return List.copyOf(new java.util.TreeSet<>(names));
        }

        /** The first {@code n} codes, renumbered as positions in {@link #sortedNames()}. */
        int[] sortedCodes(int[] firstSeen, int n) {
            List<String> sorted = sortedNames();
            int[] rank = new int[names.size()];
            for (int i = 0; i < sorted.size(); i++) {
                rank[codes.get(sorted.get(i))] = i;
            }
            int[] out = new int[n];
            for (int j = 0; j < n; j++) {
                out[j] = rank[firstSeen[j]];
            }
            return out;
        }
    }
}
