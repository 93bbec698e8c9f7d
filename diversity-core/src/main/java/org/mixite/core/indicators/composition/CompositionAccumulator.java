package org.mixite.core.indicators.composition;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.ToIntFunction;
import org.apiguardian.api.API;
import org.mixite.core.jobs.JobClassification;
import org.mixite.core.jobs.JobClassifier;
import org.mixite.core.jobs.JobFamily;
import org.mixite.core.privacy.Cell;
import org.mixite.core.privacy.SexCounts;
import org.mixite.core.privacy.SmallCellSuppression;
import org.mixite.core.privacy.SuppressionReason;
import org.mixite.core.table.TableColumns;
import org.mixite.spi.model.ContractType;
import org.mixite.spi.model.EmployeeRecord;
import org.mixite.spi.model.ExitReason;
import org.mixite.spi.model.ManagementLevel;
import org.mixite.spi.model.ReferencePeriod;
import org.mixite.spi.model.Sex;

/**
 * The composition of a workforce and its flows, in one pass (issue 5). Headcount counts the
 * people present at any time in the period; hires and exits are those whose date falls in the
 * period; promotions are the {@code promoted} flags. Mergeable: {@code a.merge(b)} equals
 * accumulating a ∪ b, which is how a federation combines its companies. Not thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class CompositionAccumulator {

    private static final int F = 0;
    private static final int M = 1;
    private static final int U = 2;
    /** Cell layout: women, men, unknown, FTE of women and of men in millionths. */
    private static final int CELL = 5;

    private final ReferencePeriod period;
    private final JobClassifier classifier;
    private final long[] total = new long[CELL];
    private final Map<Dimension, Map<String, long[]>> cells = new EnumMap<>(Dimension.class);
    private final long[] hires = new long[CELL];
    private final long[] exits = new long[CELL];
    private final long[] promotions = new long[CELL];
    private final long[] technicalHires = new long[CELL];
    private final Map<String, long[]> exitReasons = new TreeMap<>();
    private final Map<String, long[][]> familyFlows = new TreeMap<>(); // hires, exits, promotions

    public CompositionAccumulator(ReferencePeriod period, JobClassifier classifier) {
        this.period = Objects.requireNonNull(period, "period");
        this.classifier = Objects.requireNonNull(classifier, "classifier");
        for (Dimension d : Dimension.values()) {
            cells.put(d, new java.util.HashMap<>()); // sorted for display once, in the result, not per record
        }
    }

    /** Bands and levels in their natural order (youngest first, none → board), then other keys alphabetically, {@code unknown} last. */
    private static Comparator<String> displayOrder(Dimension d) {
        List<String> fixed = switch (d) {
            case AGE_BAND -> List.of("<30", "30-39", "40-49", "50+");
            case ESRS_AGE_BAND -> List.of("<30", "30-50", ">50");
            case MANAGEMENT_LEVEL -> Arrays.stream(ManagementLevel.values()).map(ManagementLevel::code).toList();
            case CONTRACT -> Arrays.stream(ContractType.values()).map(ContractType::code).toList();
            default -> List.of();
        };
        ToIntFunction<String> rank = k -> {
            int i = fixed.indexOf(k);
            return i >= 0 ? i : k.equals("unknown") ? Integer.MAX_VALUE : fixed.size();
        };
        return Comparator.comparingInt(rank).thenComparing(Comparator.naturalOrder());
    }

    /** Adds one employee; people not present in the period are ignored. */
    public void add(EmployeeRecord r) {
        boolean present = (r.hireDate().isEmpty() || !r.hireDate().get().isAfter(period.end()))
                && (r.exitDate().isEmpty() || !r.exitDate().get().isBefore(period.start()));
        if (!present) {
            return;
        }
        int sex = r.sex() == Sex.FEMALE ? F : r.sex() == Sex.MALE ? M : U;
        long fte = r.fte().compareTo(BigDecimal.ONE) == 0 ? 1_000_000L // most records: no BigDecimal arithmetic
                : r.fte().movePointRight(6).setScale(0, RoundingMode.HALF_UP).longValueExact();
        count(total, sex, fte);
        JobClassification job = classifier.classify(r);
        cell(Dimension.JOB_FAMILY, job.family().code(), sex, fte);
        if (job.family() == JobFamily.TECHNICAL_DIGITAL) {
            cell(Dimension.DIGITAL_SUBFAMILY, job.subFamily().orElse(UNSPECIFIED), sex, fte);
        }
        cell(Dimension.CATEGORY, r.categoryOrDerived().orElse("unknown"), sex, fte);
        cell(Dimension.LEVEL, r.level().orElse("unknown"), sex, fte);
        int age = age(r);
        cell(Dimension.AGE_BAND, AGE_BANDS[ageBand(age)], sex, fte);
        cell(Dimension.ESRS_AGE_BAND, ESRS_AGE_BANDS[esrsAgeBand(age)], sex, fte);
        cell(Dimension.MANAGEMENT_LEVEL, r.managementLevel().code(), sex, fte);
        cell(Dimension.ESTABLISHMENT, r.establishment().orElse("unknown"), sex, fte);
        cell(Dimension.CONTRACT, r.contract().code(), sex, fte);
        long[][] family = familyFlows.computeIfAbsent(job.family().code(), k -> new long[3][CELL]);
        if (r.hireDate().filter(period::contains).isPresent()) {
            count(hires, sex, fte);
            count(family[0], sex, fte);
            if (job.family() == JobFamily.TECHNICAL_DIGITAL) {
                count(technicalHires, sex, fte);
            }
        }
        if (r.exitDate().filter(period::contains).isPresent()) {
            count(exits, sex, fte);
            count(family[1], sex, fte);
            count(exitReasons.computeIfAbsent(r.exitReason().map(e -> e.code()).orElse("unknown"), k -> new long[CELL]), sex, fte);
        }
        if (r.promoted()) {
            count(promotions, sex, fte);
            count(family[2], sex, fte);
        }
    }

    /**
     * Counts rows of a table exactly as {@link #add} counts their records, per dictionary code
     * rather than per row ({@link CompositionRows}): the column-wise pass of
     * {@code IndicatorSuite.compute(table, …)}. Internal.
     *
     * @param rows plain rows of {@code columns} ({@link TableColumns#plain}), the first {@code count} read;
     *             the counts do not depend on the order, so the suite feeds the other rows apart
     */
    @API(status = API.Status.INTERNAL)
    public void addRows(TableColumns columns, int[] rows, int count) {
        addRows(columns, rows, 0, count);
    }

    /** {@link #addRows(TableColumns, int[], int)} for the rows {@code [from, to)}, all plain, read as a range. Internal. */
    @API(status = API.Status.INTERNAL)
    public void addRows(TableColumns columns, int from, int to) {
        addRows(columns, null, from, to - from);
    }

    /** {@code rows[0, count)}, or with {@code rows} null the rows {@code [first, first + count)}. */
    private void addRows(TableColumns columns, int[] rows, int first, int count) {
        if (!TableColumns.readsPeriod(period)) {
            for (int k = 0; k < count; k++) {
                add(columns.record(rows == null ? first + k : rows[k]));
            }
            return;
        }
        new CompositionRows(this, columns).add(rows, first, count);
    }

    JobClassifier classifier() {
        return classifier;
    }

    /** Adds the 5 counts at {@code from} to a breakdown cell. */
    void addCell(Dimension dimension, String key, long[] counts, int from) {
        addAt(cells.get(dimension).computeIfAbsent(key, k -> new long[CELL]), counts, from);
    }

    /** Adds the people, hires, exits and promotions of one job code (counts at {@code from}) to the totals and its family's flows. */
    void addFlows(String family, boolean technical, long[] people, long[] hired, long[] left, long[] promoted, int from) {
        addAt(total, people, from);
        addAt(hires, hired, from);
        addAt(exits, left, from);
        addAt(promotions, promoted, from);
        if (technical) {
            addAt(technicalHires, hired, from);
        }
        long[][] flows = familyFlows.computeIfAbsent(family, k -> new long[3][CELL]);
        addAt(flows[0], hired, from);
        addAt(flows[1], left, from);
        addAt(flows[2], promoted, from);
    }

    void addExitReason(String reason, long[] counts, int from) {
        addAt(exitReasons.computeIfAbsent(reason, k -> new long[CELL]), counts, from);
    }

    private static void addAt(long[] target, long[] source, int from) {
        for (int i = 0; i < CELL; i++) {
            target[i] += source[from + i];
        }
    }

    /** The age bands, and the ESRS S1 ones, by index; the last is an unknown (or negative) age. */
    static final String[] AGE_BANDS = {"<30", "30-39", "40-49", "50+", "unknown"};
    static final String[] ESRS_AGE_BANDS = {"<30", "30-50", ">50", "unknown"};

    /** The index in {@link #AGE_BANDS} of an age in whole years (negative: unknown). */
    static int ageBand(int age) {
        return age < 0 ? 4 : age < 30 ? 0 : age < 40 ? 1 : age < 50 ? 2 : 3;
    }

    /** The index in {@link #ESRS_AGE_BANDS} of an age in whole years (negative: unknown). */
    static int esrsAgeBand(int age) {
        return age < 0 ? 3 : age < 30 ? 0 : age <= 50 ? 1 : 2;
    }

    /** Age in whole years at the period end (by year difference from a birth year), or -1 when unknown. */
    private int age(EmployeeRecord r) {
        LocalDate end = period.end();
        if (r.birthDate().isPresent()) {
            return Period.between(r.birthDate().get(), end).getYears();
        }
        return r.birthYear().isPresent() ? end.getYear() - r.birthYear().get() : -1;
    }

    private void cell(Dimension dimension, String key, int sex, long fte) {
        count(cells.get(dimension).computeIfAbsent(key, k -> new long[CELL]), sex, fte);
    }

    private static void count(long[] cell, int sex, long fte) {
        cell[sex]++;
        if (sex < U) {
            cell[3 + sex] += fte;
        }
    }

    /** Adds everything another accumulator of the same period saw. */
    public CompositionAccumulator merge(CompositionAccumulator other) {
        if (!period.equals(other.period)) {
            throw new IllegalArgumentException("cannot merge compositions of different periods");
        }
        if (!classifier.version().equals(other.classifier.version())) {
            throw new IllegalArgumentException("cannot merge compositions classified with different job mappings: "
                    + classifier.version() + " and " + other.classifier.version());
        }
        add(total, other.total);
        add(hires, other.hires);
        add(exits, other.exits);
        add(promotions, other.promotions);
        add(technicalHires, other.technicalHires);
        other.cells.forEach((d, map) -> map.forEach((k, v) -> add(cells.get(d).computeIfAbsent(k, x -> new long[CELL]), v)));
        other.exitReasons.forEach((k, v) -> add(exitReasons.computeIfAbsent(k, x -> new long[CELL]), v));
        other.familyFlows.forEach((k, v) -> {
            long[][] mine = familyFlows.computeIfAbsent(k, x -> new long[3][CELL]);
            for (int i = 0; i < 3; i++) {
                add(mine[i], v[i]);
            }
        });
        return this;
    }

    private static void add(long[] target, long[] source) {
        for (int i = 0; i < target.length; i++) {
            target[i] += source[i];
        }
    }

    /** An independent copy, e.g. to merge several companies without touching any of them. */
    public CompositionAccumulator copy() {
        return new CompositionAccumulator(period, classifier).merge(this);
    }

    public ReferencePeriod period() {
        return period;
    }

    /** The totals by sex (never suppressed). */
    public SexTally total() {
        return tally(total);
    }

    /** The tally of one breakdown cell, unsuppressed, e.g. for the federation view. */
    public Optional<SexTally> cell(Dimension dimension, String key) {
        return Optional.ofNullable(cells.get(dimension).get(key)).map(CompositionAccumulator::tally);
    }

    /** The flows of hires into technical digital jobs, unsuppressed. */
    public SexTally technicalHires() {
        return tally(technicalHires);
    }

    static SexTally tally(long[] c) {
        return new SexTally(c[F], c[M], c[U], BigDecimal.valueOf(c[3], 6).setScale(2, RoundingMode.HALF_UP),
                BigDecimal.valueOf(c[4], 6).setScale(2, RoundingMode.HALF_UP));
    }

    /**
     * The result, with breakdown cells of fewer than {@code minCell} people suppressed, and one
     * more where a lone suppressed cell could be derived from the published totals. A company's
     * totals (people, hires, exits, promotions) are never suppressed; every breakdown is, including
     * the flows by family and by exit reason, the pipeline and the benchmark values.
     */
    public CompositionResult result(int minCell) {
        return result(minCell, Map.of(), Set.of());
    }

    /**
     * The result, also hiding what a federation knows to pool fewer than 3 companies.
     *
     * @param fewContributors breakdown name ({@link #breakdownCells()}) → keys to hide
     * @param fewTotals       which of {@link #TOTAL}, {@link #HIRES}, {@link #EXITS}, {@link #PROMOTIONS}
     *                        to withhold, with the rates made from them
     */
    CompositionResult result(int minCell, Map<String, Set<String>> fewContributors, Set<String> fewTotals) {
        SmallCellSuppression rule = SmallCellSuppression.total(minCell);
        Map<String, Map<String, long[]>> raw = rawBreakdowns();
        Map<String, Map<String, Cell<SexTally>>> shown = new LinkedHashMap<>();
        raw.forEach((name, map) -> shown.put(name, suppress(map, rule, fewContributors.getOrDefault(name, Set.of()))));

        Map<Dimension, Map<String, Cell<SexTally>>> breakdowns = new EnumMap<>(Dimension.class);
        for (Dimension d : Dimension.values()) {
            breakdowns.put(d, shown.get(d.member()));
        }
        boolean people = !fewTotals.contains(TOTAL);
        boolean hired = people && !fewTotals.contains(HIRES);
        boolean left = people && !fewTotals.contains(EXITS);
        boolean promoted = people && !fewTotals.contains(PROMOTIONS);
        Flows flows = new Flows(totalCell(hires, fewTotals.contains(HIRES)), totalCell(exits, fewTotals.contains(EXITS)),
                totalCell(promotions, fewTotals.contains(PROMOTIONS)), shown.get(EXITS_BY_REASON),
                shown.get(HIRES_BY_FAMILY), shown.get(EXITS_BY_FAMILY), shown.get(PROMOTIONS_BY_FAMILY),
                rate(hired, hires[F], total[F]), rate(hired, hires[M], total[M]), rate(left, exits[F], total[F]),
                rate(left, exits[M], total[M]), rate(promoted, promotions[F], total[F]), rate(promoted, promotions[M], total[M]));

        List<CompositionResult.PipelineStep> pipeline = new ArrayList<>();
        Map<String, Cell<SexTally>> levels = breakdowns.get(Dimension.MANAGEMENT_LEVEL);
        for (ManagementLevel level : ManagementLevel.values()) {
            pipeline.add(new CompositionResult.PipelineStep(level.code(),
                    levels.getOrDefault(level.code(), new Cell.Shown<>(tally(new long[CELL])))));
        }
        Cell<SexTally> totalCell = totalCell(total, !people);
        return new CompositionResult(period, classifier.version(), totalCell, breakdowns, flows, pipeline,
                benchmarks(totalCell, breakdowns.get(Dimension.JOB_FAMILY)), minCell);
    }

    /** Names of the totals a federation may withhold (see {@link #result(int, Map, Set)}). */
    static final String TOTAL = "total";
    static final String HIRES = "hires";
    static final String EXITS = "exits";
    static final String PROMOTIONS = "promotions";

    private static Cell<SexTally> totalCell(long[] counts, boolean fewContributors) {
        return fewContributors ? new Cell.Suppressed<>(SuppressionReason.FEW_CONTRIBUTORS) : new Cell.Shown<>(tally(counts));
    }

    /**
     * The raw totals of the people, hires, exits and promotions ({@code total}, {@code hires},
     * {@code exits}, {@code promotions}), unsuppressed: what each company contributes to a
     * federation or a barometer contribution.
     */
    public Map<String, SexTally> totals() {
        Map<String, SexTally> out = new LinkedHashMap<>();
        out.put(TOTAL, tally(total));
        out.put(HIRES, tally(hires));
        out.put(EXITS, tally(exits));
        out.put(PROMOTIONS, tally(promotions));
        return out;
    }

    /** Breakdown names of the flows, beside the {@link Dimension#member()} names. */
    static final String HIRES_BY_FAMILY = "hiresByFamily";
    static final String EXITS_BY_FAMILY = "exitsByFamily";
    static final String PROMOTIONS_BY_FAMILY = "promotionsByFamily";
    static final String EXITS_BY_REASON = "exitsByReason";

    /**
     * Every published breakdown by name (dimension members and flow breakdowns), unsuppressed;
     * the federation counts which companies stand behind each cell.
     */
    Map<String, Map<String, SexCounts>> breakdownCells() {
        Map<String, Map<String, SexCounts>> out = new LinkedHashMap<>();
        rawBreakdowns().forEach((name, map) -> {
            Map<String, SexCounts> counts = new LinkedHashMap<>();
            map.forEach((k, v) -> counts.put(k, new SexCounts(v[F], v[M], v[U])));
            out.put(name, counts);
        });
        return out;
    }

    /**
     * Every breakdown by name (the {@link Dimension#member()} names, then {@code hiresByFamily},
     * {@code exitsByFamily}, {@code promotionsByFamily}, {@code exitsByReason}), unsuppressed, every
     * known key listed with zeros, in display order: the counts a barometer contribution carries.
     */
    public Map<String, Map<String, SexTally>> tallies() {
        Map<String, Map<String, SexTally>> out = new LinkedHashMap<>();
        rawBreakdowns().forEach((name, map) -> {
            Map<String, SexTally> cells = new LinkedHashMap<>();
            map.forEach((k, v) -> cells.put(k, tally(v)));
            out.put(name, cells);
        });
        return out;
    }

    /** The breakdowns in display order; every family appears, with zeros when empty (digitised is empty by default). */
    private Map<String, Map<String, long[]>> rawBreakdowns() {
        Map<String, Map<String, long[]>> out = new LinkedHashMap<>();
        for (Dimension d : Dimension.values()) {
            out.put(d.member(), d == Dimension.JOB_FAMILY ? everyFamily(cells.get(d)) : displayed(d));
        }
        Map<String, long[]> hiresBy = new TreeMap<>();
        Map<String, long[]> exitsBy = new TreeMap<>();
        Map<String, long[]> promotionsBy = new TreeMap<>();
        familyFlows.forEach((k, v) -> {
            hiresBy.put(k, v[0]);
            exitsBy.put(k, v[1]);
            promotionsBy.put(k, v[2]);
        });
        out.put(HIRES_BY_FAMILY, everyFamily(hiresBy));
        out.put(EXITS_BY_FAMILY, everyFamily(exitsBy));
        out.put(PROMOTIONS_BY_FAMILY, everyFamily(promotionsBy));
        Map<String, long[]> reasons = new LinkedHashMap<>();
        for (ExitReason reason : ExitReason.values()) {
            reasons.put(reason.code(), exitReasons.getOrDefault(reason.code(), new long[CELL]));
        }
        reasons.put(UNKNOWN, exitReasons.getOrDefault(UNKNOWN, new long[CELL]));
        out.put(EXITS_BY_REASON, reasons);
        return out;
    }

    private static final String UNKNOWN = "unknown";
    static final String UNSPECIFIED = "unspecified";

    /**
     * A breakdown with every key it can have listed, with zeros (§7: which keys are present must
     * not tell where the people are): the fixed bands and levels, every contract, every
     * sub-family of the job mapping, and the {@code unknown} (or {@code unspecified}) cell of a
     * value that can be missing. Keys that come from the data (categories, levels, sites) are
     * listed when present.
     */
    private Map<String, long[]> displayed(Dimension d) {
        Map<String, long[]> ordered = new TreeMap<>(displayOrder(d));
        List<String> known = switch (d) {
            case AGE_BAND -> List.of("<30", "30-39", "40-49", "50+", UNKNOWN);
            case ESRS_AGE_BAND -> List.of("<30", "30-50", ">50", UNKNOWN);
            case MANAGEMENT_LEVEL -> Arrays.stream(ManagementLevel.values()).map(ManagementLevel::code).toList();
            case CONTRACT -> Arrays.stream(ContractType.values()).map(ContractType::code).toList();
            case DIGITAL_SUBFAMILY -> {
                List<String> keys = new ArrayList<>(classifier.technicalDigitalSubFamilies());
                keys.add(UNSPECIFIED);
                yield keys;
            }
            case CATEGORY, LEVEL, ESTABLISHMENT -> List.of(UNKNOWN);
            case JOB_FAMILY -> List.of();
        };
        known.forEach(key -> ordered.put(key, new long[CELL]));
        ordered.putAll(cells.get(d));
        return ordered;
    }

    private static Map<String, long[]> everyFamily(Map<String, long[]> byFamily) {
        Map<String, long[]> out = new LinkedHashMap<>();
        for (JobFamily f : JobFamily.values()) {
            out.put(f.code(), byFamily.getOrDefault(f.code(), new long[CELL]));
        }
        return out;
    }

    /**
     * Company figures beside the references. A value is shown only when every cell it is made
     * of is shown: a benchmark must not reveal a suppressed cell.
     */
    private List<BenchmarkComparison> benchmarks(Cell<SexTally> total, Map<String, Cell<SexTally>> families) {
        List<BenchmarkComparison> comparisons = new ArrayList<>();
        Optional<SexTally> technical = families.get(JobFamily.TECHNICAL_DIGITAL.code()).shown();
        Optional<SexTally> digitised = families.get(JobFamily.DIGITISED.code()).shown();
        Optional<SexTally> digital = technical.flatMap(t -> digitised.map(d -> t.plus(d)));
        for (Benchmark b : Benchmark.national()) {
            switch (b.key()) {
                case "technical_digital_fr" -> comparisons.add(new BenchmarkComparison("technical_digital",
                        technical.flatMap(SexTally::womenShare), b));
                case "digital_occupations_fr", "digital_occupations_fr_2017" ->
                        comparisons.add(new BenchmarkComparison("digital_jobs", digital.flatMap(SexTally::womenShare), b));
                case "digital_sector_fr", "digital_workforce_occitanie" ->
                        comparisons.add(new BenchmarkComparison("total", total.shown().flatMap(SexTally::womenShare), b));
                default -> comparisons.add(new BenchmarkComparison("context", Optional.empty(), b));
            }
        }
        return comparisons;
    }

    private static Optional<BigDecimal> rate(boolean published, long part, long whole) {
        return !published || whole == 0 ? Optional.empty()
                : Optional.of(BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP));
    }

    private static Map<String, Cell<SexTally>> suppress(Map<String, long[]> map, SmallCellSuppression rule, Set<String> few) {
        Map<String, SexCounts> counts = new LinkedHashMap<>();
        map.forEach((k, v) -> counts.put(k, new SexCounts(v[F], v[M], v[U])));
        Map<String, SuppressionReason> hidden = rule.suppress(counts, few);
        Map<String, Cell<SexTally>> out = new LinkedHashMap<>();
        map.forEach((k, v) -> out.put(k, hidden.containsKey(k) ? new Cell.Suppressed<>(hidden.get(k)) : new Cell.Shown<>(tally(v))));
        return out;
    }
}
