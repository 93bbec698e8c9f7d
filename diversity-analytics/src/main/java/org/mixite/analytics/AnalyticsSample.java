package org.mixite.analytics;

import java.time.LocalDate;
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
 *
 * <p>About 25 bytes a person (issue 20: ten million people fit beside the indicators in a 1 GB
 * heap): hourly pay, tenure and gross pay per person; sex, category, labels and Egapro group
 * shared by a profile, hours and fte by a working time, each stored once. A sample built
 * {@linkplain Builder#withoutIds() without ids} names people by position.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class AnalyticsSample {

    private static final String MISSING = "(missing)";

    private final SampleColumns people;
    private final long[] hourlyNanos;
    /** Per profile: the category and the label of each categorical control, as indices into the sorted names. */
    private final int[] categoryOfProfile;
    private final Map<Control, int[]> codesOfProfile;
    private final List<String> categoryNames;
    private final Map<Control, List<String>> levelNames;
    private final Set<Control> controls;
    private final Set<Control> valued;
    private final Map<String, Long> excluded;
    private final EgaproCells egapro;
    private final boolean allComplete;

    private AnalyticsSample(SampleColumns people, long[] hourlyNanos, int[] categoryOfProfile, Map<Control, int[]> codesOfProfile,
                            List<String> categoryNames, Map<Control, List<String>> levelNames, Set<Control> controls,
                            Set<Control> valued, Map<String, Long> excluded, EgaproCells egapro) {
        this.people = people;
        this.hourlyNanos = hourlyNanos;
        this.categoryOfProfile = categoryOfProfile;
        this.codesOfProfile = codesOfProfile;
        this.categoryNames = categoryNames;
        this.levelNames = levelNames;
        this.controls = controls;
        this.valued = valued;
        this.excluded = excluded;
        this.egapro = egapro;
        boolean complete = true;
        for (int i = 0; i < people.size && complete; i++) {
            complete = isComplete(i);
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
        return people.size;
    }

    /** The person's id; "#0000000001", "#0000000002"… by position in a sample built without ids. */
    public String id(int i) {
        check(i);
        return people.id(i);
    }

    public boolean isFemale(int i) {
        return people.female(check(i));
    }

    public long hourlyNanos(int i) {
        return hourlyNanos[check(i)];
    }

    /** The hours an hourly raise is paid for in the period (weekly hours × 52 × presence). */
    public double annualHours(int i) {
        return people.hours(check(i));
    }

    /** The category of workers of person i, an index into {@link #categoryNames()}. */
    public int category(int i) {
        return categoryOfProfile[people.profile[check(i)]];
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
        int[] codes = codesOfProfile.get(c);
        if (codes == null) {
            throw new IllegalArgumentException(c + " is not a categorical control of this sample");
        }
        return codes[people.profile[check(i)]];
    }

    /**
     * The number of profiles. People of one profile share their sex, category and the level of
     * every categorical control, so whatever is a function of those (a regression's categorical
     * columns) can be computed once per profile instead of once per person. Some profiles may
     * have nobody in a sub-sample such as {@link #completeCases()}.
     */
    public int profileCount() {
        return people.female.length;
    }

    /** The profile of person i, in [0, {@link #profileCount()}). */
    public int profile(int i) {
        return people.profile[check(i)];
    }

    /** Whether the people of profile p are women. */
    public boolean isFemaleProfile(int p) {
        return people.female[p];
    }

    /** The level of a categorical control for the people of profile p, an index into {@link #levels(Control)}. */
    public int levelOfProfile(Control c, int p) {
        int[] codes = codesOfProfile.get(c);
        if (codes == null) {
            throw new IllegalArgumentException(c + " is not a categorical control of this sample");
        }
        return codes[p];
    }

    /** The levels of a categorical control, sorted by name. */
    public List<String> levels(Control c) {
        return levelNames.getOrDefault(c, List.of());
    }

    /** The value of a numeric control for person i; NaN when they lack it (see {@link #isComplete(int)}). */
    public double value(Control c, int i) {
        if (!valued.contains(c)) {
            throw new IllegalArgumentException(c + " has no values in this sample");
        }
        return switch (c) {
            case FTE -> people.fte(check(i));
            case TENURE -> people.tenure(check(i));
            default -> throw new IllegalArgumentException(c + " is categorical");
        };
    }

    /** Whether a numeric control has values (false when no record carried it). */
    public boolean hasValues(Control c) {
        return valued.contains(c);
    }

    /** The records left out, by reason, sorted by reason. */
    public Map<String, Long> excluded() {
        return excluded;
    }

    /** Whether person i has every numeric control, so the regression can use them (tenure is the one that can be missing). */
    public boolean isComplete(int i) {
        return !valued.contains(Control.TENURE) || people.hasTenure(check(i));
    }

    /** The people the regression leaves out for a missing numeric control, by control ("missing tenure"). */
    public Map<String, Long> leftOutOfRegression() {
        long missing = 0;
        for (int i = 0; i < people.size; i++) {
            if (!isComplete(i)) {
                missing++;
            }
        }
        return missing == 0 ? Map.of() : Map.of("missing " + Control.TENURE.key(), missing);
    }

    /**
     * The people with every numeric control, the sample a regression is fitted on: this sample
     * itself when nobody lacks one. Its {@link #excluded()} adds those left out, by control.
     */
    public AnalyticsSample completeCases() {
        if (allComplete) {
            return this;
        }
        int[] rows = java.util.stream.IntStream.range(0, people.size).filter(this::isComplete).toArray();
        SampleColumns kept = people.rows(rows);
        long[] keptPay = new long[rows.length];
        for (int j = 0; j < rows.length; j++) {
            keptPay[j] = hourlyNanos[rows[j]];
        }
        // Categories and levels are re-encoded over the people kept, so none is empty.
        boolean[] profileKept = new boolean[categoryOfProfile.length];
        for (int p : kept.profile) {
            profileKept[p] = true;
        }
        Recoded category = Recoded.of(categoryOfProfile, categoryNames, profileKept);
        Map<Control, int[]> subCodes = new EnumMap<>(Control.class);
        Map<Control, List<String>> subLevels = new EnumMap<>(Control.class);
        codesOfProfile.forEach((c, codes) -> {
            Recoded r = Recoded.of(codes, levelNames.get(c), profileKept);
            subCodes.put(c, r.codes());
            subLevels.put(c, r.names());
        });
        Map<String, Long> subExcluded = new TreeMap<>(excluded);
        leftOutOfRegression().forEach((reason, count) -> subExcluded.merge(reason, count, Long::sum));
        return new AnalyticsSample(kept, keptPay, category.codes(), subCodes, category.names(), subLevels, controls, valued,
                java.util.Collections.unmodifiableMap(subExcluded), egapro.over(kept, keptPay));
    }

    /** Codes per profile renumbered over the names the kept profiles use, in sorted order. */
    private record Recoded(int[] codes, List<String> names) {
        static Recoded of(int[] codes, List<String> names, boolean[] profileKept) {
            boolean[] used = new boolean[names.size()];
            for (int p = 0; p < codes.length; p++) {
                if (profileKept[p]) {
                    used[codes[p]] = true;
                }
            }
            int[] rank = new int[names.size()];
            List<String> kept = new ArrayList<>();
            for (int n = 0; n < names.size(); n++) { // names are sorted: the kept ones stay sorted
                if (used[n]) {
                    rank[n] = kept.size();
                    kept.add(names.get(n));
                }
            }
            int[] out = new int[codes.length];
            for (int p = 0; p < codes.length; p++) {
                out[p] = rank[codes[p]];
            }
            return new Recoded(out, List.copyOf(kept));
        }
    }

    /** The same people with other hourly pay (nano-euros, same order); for simulations. */
    public AnalyticsSample withHourlyPay(long[] nanos) {
        if (nanos.length != people.size) {
            throw new IllegalArgumentException("expected " + people.size + " pay figures, got " + nanos.length);
        }
        for (long m : nanos) {
            if (m <= 0) {
                throw new IllegalArgumentException("hourly pay must be positive");
            }
        }
        return new AnalyticsSample(people, nanos.clone(), categoryOfProfile, codesOfProfile, categoryNames, levelNames,
                controls, valued, excluded, egapro);
    }

    /** Egapro indicator 1 of the records this sample was built from, for simulations. */
    public EgaproCells egapro() {
        return egapro;
    }

    /** A copy of the hourly pay column. */
    public long[] hourlyPayCopy() {
        return Arrays.copyOf(hourlyNanos, people.size);
    }

    private int check(int i) {
        if (i < 0 || i >= people.size) {
            throw new IndexOutOfBoundsException("person " + i + " of " + people.size);
        }
        return i;
    }

    /** Collects records; not thread-safe. */
    public static final class Builder {
        private static final long[] POWERS = new long[19];

        static {
            POWERS[0] = 1;
            for (int k = 1; k < POWERS.length; k++) {
                POWERS[k] = POWERS[k - 1] * 10;
            }
        }

        private final ReferencePeriod period;
        private final BigDecimal periodDaysDecimal;
        private final Set<Control> controls;
        /** The categorical controls, in enum order: the labels of a profile. */
        private final List<Control> labelControls;
        private final Map<String, Long> excluded = new TreeMap<>();
        private Modalite modalite = Modalite.CSP;
        private EgaproAccumulator egapro;
        private boolean keepIds = true;

        // One row per kept person: what varies per person in primitive columns, the rest shared
        // by profile and by working time (SampleColumns), so no record and no object per person.
        private int size;
        private String[] ids = new String[16];
        private long[] nanos = new long[16];
        private int[] profile = new int[16];
        private int[] time = new int[16];
        private int[] tenure;
        private long[] grossUnscaled = new long[16];
        private byte[] grossScale = new byte[16];
        private final Map<Integer, BigDecimal> payAsIs = new java.util.HashMap<>();
        private boolean carriedTenure;
        private boolean kept;
        private boolean built;

        /** Profiles: (female, category code, label codes…, Egapro cell key). */
        private final IntTuples profiles;
        private final Map<Time, Integer> timeCodes = new java.util.HashMap<>();
        private final List<Time> times = new ArrayList<>();
        private final Dictionary categories = new Dictionary();
        private final Map<Control, Dictionary> labelNames = new EnumMap<>(Control.class);
        private final Dictionary cellKeys = new Dictionary();
        private final int[] probe;

        private Builder(ReferencePeriod period, Set<Control> controls) {
            this.period = Objects.requireNonNull(period, "period");
            this.periodDaysDecimal = BigDecimal.valueOf(period.days());
            this.controls = controls.isEmpty() ? EnumSet.noneOf(Control.class) : EnumSet.copyOf(controls);
            List<Control> labels = new ArrayList<>();
            for (Control c : this.controls) {
                if (!c.isNumeric()) {
                    labels.add(c);
                    labelNames.put(c, new Dictionary());
                }
            }
            this.labelControls = List.copyOf(labels);
            this.profiles = new IntTuples(3 + labelControls.size());
            this.probe = new int[3 + labelControls.size()];
            if (this.controls.contains(Control.TENURE)) {
                tenure = new int[16];
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

        /**
         * Keeps no ids: people are named by position ({@link AnalyticsSample#id(int)}). For samples
         * whose results name nobody (a report's analytics), it saves an object per person; before
         * the first {@link #add}.
         */
        public Builder withoutIds() {
            if (kept) {
                throw new IllegalStateException("ids are dropped before the first record");
            }
            keepIds = false;
            ids = null;
            return this;
        }

        /** Room for {@code people} kept people at once (when the count is known): no growing, no copies. */
        public Builder expectedPeople(int people) {
            if (people > capacity()) {
                grow(people);
            }
            return this;
        }

        public Builder add(EmployeeRecord r) {
            open();
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
            open();
            TableColumns c = table.columns();
            egapro().addRows(c, 0, c.size()); // the column-wise Egapro pass (its record pass for rows that need it)
            if (!TableColumns.readsPeriod(period)) {
                for (int row = 0; row < c.size(); row++) {
                    person(c.record(row));
                }
                return this;
            }
            expectedPeople(size + c.size());
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

        private void open() {
            if (built) {
                throw new IllegalStateException("the sample is built: its columns are the builder's, so nothing is added after");
            }
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

        /** The next person's row, its id kept when ids are. */
        private int slot(String id) {
            if (size == capacity()) {
                grow(size + (size >> 1) + 16);
            }
            kept = true;
            int j = size++;
            if (keepIds) {
                ids[j] = id;
            }
            return j;
        }

        private int capacity() {
            return nanos.length;
        }

        private void keep(EmployeeRecord r, HourlyPay h) {
            int j = slot(r.id());
            nanos[j] = h.nanos();
            if (tenure != null) {
                Optional<LocalDate> hired = r.hireDate().filter(d -> !d.isAfter(period.end()));
                tenure[j] = hired.isEmpty() ? SampleColumns.NO_TENURE : (int) ChronoUnit.DAYS.between(hired.get(), period.end());
                carriedTenure |= hired.isPresent();
            }
            Optional<PayCellMember> m = egapro.payCellOf(r);
            BigDecimal hoursPaid = h.annualHours();
            probe[0] = r.sex() == Sex.FEMALE ? 1 : 0;
            probe[1] = categories.code(r.categoryOrDerived().orElse(MISSING));
            int k = 2;
            for (Control label : labelControls) {
                probe[k++] = labelNames.get(label).code(label(label, r));
            }
            probe[k] = m.map(c -> cellKeys.code(c.group() + "\u0000" + c.band())).orElse(-1);
            profile[j] = profiles.code(probe);
            BigDecimal perNano = BigDecimal.ZERO;
            BigDecimal divisor = null;
            grossUnscaled[j] = 0;
            grossScale[j] = 0;
            if (m.isPresent()) {
                // one nano-euro an hour more is hours × 1e-9 euros a year, × payPerEuro of indicator-1 pay
                perNano = m.get().payPerEuro().multiply(hoursPaid).movePointLeft(9);
                long days = EgaproAccumulator.daysPresent(r, period);
                divisor = days == period.days() && r.fte().compareTo(BigDecimal.ONE) == 0 ? null
                        : r.fte().multiply(BigDecimal.valueOf(days));
                BigDecimal gross = r.annualBasePay().orElse(BigDecimal.ZERO).add(r.annualVariablePay().orElse(BigDecimal.ZERO));
                // Kept as unscaled and scale when that rebuilds the core's pay exactly, else as it is.
                if (gross.scale() >= 0 && gross.scale() <= Byte.MAX_VALUE && gross.unscaledValue().bitLength() < 64
                        && SampleColumns.rebuiltPay(gross, divisor, periodDaysDecimal).equals(m.get().pay())) {
                    grossUnscaled[j] = gross.unscaledValue().longValueExact();
                    grossScale[j] = (byte) gross.scale();
                } else {
                    payAsIs.put(j, m.get().pay());
                }
            }
            time[j] = timeCode(new Time(hoursPaid.doubleValue(), r.fte().doubleValue(), perNano, divisor));
        }

        private int timeCode(Time t) {
            Integer code = timeCodes.get(t);
            if (code == null) {
                code = times.size();
                timeCodes.put(t, code);
                times.add(t);
            }
            return code;
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
            private final Map<Long, Integer> timeMemo = new java.util.HashMap<>();
            private final int[] probe = new int[3 + labelControls.size()];
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
                int j = slot(c.id(row));
                nanos[j] = hourly;
                if (tenure != null) {
                    int hired = c.hireDay(row);
                    tenure[j] = hired == TableColumns.ABSENT || hired > end ? SampleColumns.NO_TENURE : (int) (end - hired);
                    carriedTenure |= tenure[j] != SampleColumns.NO_TENURE;
                }
                probe[0] = sex == 0 ? 1 : 0;
                probe[1] = category(row);
                int k = 2;
                for (Control label : labelControls) {
                    probe[k++] = label(label, row);
                }
                probe[k] = egaproCell(j, row, present, fte, baseScale, variableScale);
                profile[j] = profiles.code(probe);
                time[j] = timeOf(hoursKey, probe[k] >= 0, hoursPaid, fte, present);
            }

            /** The time of a row: hours, fte and, in indicator 1, its exact factors; one per distinct (weekly, fte, days, in a cell). */
            private int timeOf(long hoursKey, boolean inCell, BigDecimal hoursPaid, int fte, long days) {
                long key = hoursKey * 2 + (inCell ? 1 : 0);
                Integer known = timeMemo.get(key);
                if (known != null) {
                    return known;
                }
                BigDecimal perNano = BigDecimal.ZERO;
                BigDecimal divisor = null;
                if (inCell) {
                    BigDecimal fteDecimal = c.ftes().get(fte);
                    BigDecimal payPerEuro = periodDaysDecimal.divide(fteDecimal.multiply(BigDecimal.valueOf(days)),
                            MathContext.DECIMAL128);
                    perNano = payPerEuro.multiply(hoursPaid).movePointLeft(9);
                    divisor = days == periodDays && fteDecimal.compareTo(BigDecimal.ONE) == 0 ? null
                            : fteDecimal.multiply(BigDecimal.valueOf(days));
                }
                int code = timeCode(new Time(hoursPaid.doubleValue(), fteValue[fte], perNano, divisor));
                timeMemo.put(key, code);
                return code;
            }

            /**
             * The cell of {@link EgaproAccumulator#payCellOf} of the row's record (its "group\0band"
             * code, -1 outside indicator 1), with the person's gross pay stored for indicator-1 pay.
             */
            private int egaproCell(int j, int row, long days, int fte, int baseScale, int variableScale) {
                grossUnscaled[j] = 0;
                grossScale[j] = 0;
                if (days < EgaproAccumulator.MIN_DAYS_PRESENT || outOfScope(contracts[c.contract(row)])) {
                    return -1;
                }
                int age = c.age(row, endPacked);
                int group = age == TableColumns.ABSENT ? -1 : groupKey(row, AgeBand.ofAge(age));
                if (group < 0) {
                    return -1;
                }
                // gross = base + variable as BigDecimals add them: the larger scale, exact
                long base = baseScale < 0 ? 0 : c.basePayUnscaled(row);
                long variable = variableScale < 0 ? 0 : c.variablePayUnscaled(row);
                int scale = Math.max(Math.max(baseScale, variableScale), 0);
                try {
                    long unscaled = Math.addExact(Math.multiplyExact(base, POWERS[scale - Math.max(baseScale, 0)]),
                            Math.multiplyExact(variable, POWERS[scale - Math.max(variableScale, 0)]));
                    grossUnscaled[j] = unscaled;
                    grossScale[j] = (byte) scale;
                } catch (ArithmeticException | ArrayIndexOutOfBoundsException e) {
                    BigDecimal gross = (baseScale < 0 ? BigDecimal.ZERO : BigDecimal.valueOf(c.basePayUnscaled(row), baseScale))
                            .add(variableScale < 0 ? BigDecimal.ZERO : BigDecimal.valueOf(c.variablePayUnscaled(row), variableScale));
                    BigDecimal fteValue = c.ftes().get(fte);
                    payAsIs.put(j, SampleColumns.rebuiltPay(gross,
                            days == periodDays && fteValue.compareTo(BigDecimal.ONE) == 0 ? null
                                    : fteValue.multiply(BigDecimal.valueOf(days)), periodDaysDecimal));
                }
                return group;
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
        }

        private static boolean outOfScope(ContractType contract) {
            return contract == ContractType.APPRENTICE || contract == ContractType.INTERN || contract == ContractType.TEMPORARY;
        }

        /** Room for {@code capacity} people. */
        private void grow(int capacity) {
            if (ids != null) {
                ids = Arrays.copyOf(ids, capacity);
            }
            nanos = Arrays.copyOf(nanos, capacity);
            profile = Arrays.copyOf(profile, capacity);
            time = Arrays.copyOf(time, capacity);
            if (tenure != null) {
                tenure = Arrays.copyOf(tenure, capacity);
            }
            grossUnscaled = Arrays.copyOf(grossUnscaled, capacity);
            grossScale = Arrays.copyOf(grossScale, capacity);
        }

        private void exclude(String reason) {
            excluded.merge(reason, 1L, Long::sum);
        }

        /** The sample; the builder's columns become the sample's (no copy), so the builder is not used after. */
        public AnalyticsSample build() {
            open();
            built = true;
            int n = size;
            int profileCount = profiles.size();
            boolean[] female = new boolean[profileCount];
            int[] cell = new int[profileCount];
            int[] categoryFirstSeen = new int[profileCount];
            for (int p = 0; p < profileCount; p++) {
                female[p] = profiles.part(p, 0) == 1;
                categoryFirstSeen[p] = profiles.part(p, 1);
                cell[p] = profiles.part(p, 2 + labelControls.size());
            }
            Map<Control, int[]> codes = new EnumMap<>(Control.class);
            Map<Control, List<String>> levelNames = new EnumMap<>(Control.class);
            for (int k = 0; k < labelControls.size(); k++) {
                Control control = labelControls.get(k);
                int[] firstSeen = new int[profileCount];
                for (int p = 0; p < profileCount; p++) {
                    firstSeen[p] = profiles.part(p, 2 + k);
                }
                Dictionary names = labelNames.get(control);
                levelNames.put(control, names.sortedNames());
                codes.put(control, names.sortedCodes(firstSeen, profileCount));
            }
            double[] hours = new double[times.size()];
            double[] fte = new double[times.size()];
            BigDecimal[] perNano = new BigDecimal[times.size()];
            BigDecimal[] divisor = new BigDecimal[times.size()];
            for (int t = 0; t < times.size(); t++) {
                hours[t] = times.get(t).hours();
                fte[t] = times.get(t).fte();
                perNano[t] = times.get(t).perNano();
                divisor[t] = times.get(t).divisor();
            }
            SampleColumns columns = new SampleColumns(n, ids, profile, time, tenure, grossUnscaled, grossScale,
                    new java.util.HashMap<>(payAsIs), female, cell, hours, fte, perNano, divisor, periodDaysDecimal);
            // A numeric control no kept person carries is kept out (the regression reports it).
            Set<Control> valued = EnumSet.noneOf(Control.class);
            if (controls.contains(Control.FTE) && n > 0) {
                valued.add(Control.FTE);
            }
            if (controls.contains(Control.TENURE) && carriedTenure) {
                valued.add(Control.TENURE);
            }
            long[] hourly = nanos;
            return new AnalyticsSample(columns, hourly, categories.sortedCodes(categoryFirstSeen, profileCount),
                    codes, categories.sortedNames(), levelNames, controls, valued,
                    java.util.Collections.unmodifiableMap(new TreeMap<>(excluded)), egaproCells(columns, hourly));
        }

        private EgaproCells egaproCells(SampleColumns columns, long[] hourly) {
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
            return new EgaproCells(input, groupOfKey, columns, hourly);
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
    }

    /** Hours paid, fte and the exact factors of indicator-1 pay: what people with one working time share. */
    private record Time(double hours, double fte, BigDecimal perNano, BigDecimal divisor) {
    }

    /** Distinct fixed-width int tuples, numbered in order of first sight (open addressing, no object per tuple). */
    static final class IntTuples {
        private final int width;
        private int[] parts;
        private int size;
        private int[] slots = new int[64]; // code + 1, 0 when empty

        IntTuples(int width) {
            this.width = width;
            this.parts = new int[16 * width];
        }

        int code(int[] tuple) {
            int mask = slots.length - 1;
            for (int s = hash(tuple) & mask; ; s = (s + 1) & mask) {
                int code = slots[s] - 1;
                if (code < 0) {
                    return insert(tuple, s);
                }
                if (Arrays.equals(parts, code * width, code * width + width, tuple, 0, width)) {
                    return code;
                }
            }
        }

        private int insert(int[] tuple, int slot) {
            if ((size + 1) * width > parts.length) {
                parts = Arrays.copyOf(parts, parts.length * 2);
            }
            System.arraycopy(tuple, 0, parts, size * width, width);
            int code = size++;
            slots[slot] = code + 1;
            if (size * 2 > slots.length) {
                rehash();
            }
            return code;
        }

        private void rehash() {
            slots = new int[slots.length * 2];
            int mask = slots.length - 1;
            int[] one = new int[width];
            for (int code = 0; code < size; code++) {
                System.arraycopy(parts, code * width, one, 0, width);
                int s = hash(one) & mask;
                while (slots[s] != 0) {
                    s = (s + 1) & mask;
                }
                slots[s] = code + 1;
            }
        }

        private static int hash(int[] tuple) {
            int h = Arrays.hashCode(tuple) * 0x9E3779B9; // spread the low bits the mask keeps
            return h ^ (h >>> 16);
        }

        int size() {
            return size;
        }

        int part(int code, int index) {
            return parts[code * width + index];
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
