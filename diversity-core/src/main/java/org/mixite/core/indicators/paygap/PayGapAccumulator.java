package org.mixite.core.indicators.paygap;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.apiguardian.api.API;
import org.mixite.core.privacy.Cell;
import org.mixite.core.privacy.SexCounts;
import org.mixite.core.privacy.SmallCellSuppression;
import org.mixite.core.privacy.SuppressionReason;
import org.mixite.core.table.TableColumns;
import org.mixite.spi.model.ContractType;
import org.mixite.spi.model.EmployeeRecord;
import org.mixite.spi.model.ManagementLevel;
import org.mixite.spi.model.Sex;

/**
 * Computes every pay-gap figure of regulations.md in one pass over the records. Derived pay
 * (hourly from annual pay and hours, annual converted to full time) is an exact fraction; means
 * are exact ({@link FractionSums}: numerators summed per denominator), and medians and quartiles
 * use one primitive {@code long} per person ({@link PayValues}), exact while people share a
 * working time and presence, else to 10⁻⁹ € an hour / 10⁻⁶ € a year. Mergeable:
 * {@code a.merge(b)} equals accumulating a ∪ b. Not thread-safe; use one per thread and merge.
 *
 * <p>Populations: the EU, French, ESRS and GRI figures take the people present in the
 * reference period; the UK figures take the people employed on the snapshot date. Women and
 * men only in gaps; sex X or unknown is counted and reported as left out.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class PayGapAccumulator {

    private static final int F = 0;
    private static final int M = 1;

    final PayGapOptions options;
    private static final long NANO = 1_000_000_000L;
    private static final long MICRO = 1_000_000L;
    /** The category of records that have none: reported, but not a category of workers to flag (Art. 10, G). */
    static final String NO_CATEGORY = "(none)";

    final PayValues[] hourly = {new PayValues(NANO), new PayValues(NANO)};
    final PayValues[] annual = {new PayValues(MICRO), new PayValues(MICRO)};
    final PayValues[] hourlyVariable = {new PayValues(NANO), new PayValues(NANO)};
    final PayValues[] annualVariable = {new PayValues(MICRO), new PayValues(MICRO)};
    final long[] variableRecipients = new long[2];
    final Map<String, GroupSums> categories = new TreeMap<>();
    final Map<String, GroupSums> locations = new TreeMap<>();
    final Map<String, long[]> categoryAges = new TreeMap<>(); // per category: F, M, other, <30, 30–50, >50
    final PayValues[] ukHourly = {new PayValues(NANO), new PayValues(NANO)};
    final PayValues[] ukBonus = {new PayValues(MICRO), new PayValues(MICRO)};
    final long[] ukRelevant = new long[2];
    final LongValues actualTotals = new LongValues();
    final long[] topManagement = new long[3];
    final long[] ages = new long[3];
    final long[] bySex = new long[4]; // F, M, X, not reported
    final long[] byContract = new long[3]; // permanent, temporary, other
    final long[] governanceSex = new long[3];
    final long[] governanceAge = new long[3];
    /** How many figures were derived, by {@link Derivation} ordinal: counted per record, so no map. */
    final long[] derivations = new long[Derivation.values().length];
    long present;
    long unknownSex;
    long withoutPay;

    public PayGapAccumulator(PayGapOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    /** Adds one employee. */
    public void add(EmployeeRecord r) {
        PayFacts pay = PayFacts.of(r, options.period());
        int sex = r.sex() == Sex.FEMALE ? F : r.sex() == Sex.MALE ? M : -1;
        if (pay.daysPresent > 0) {
            addPresent(r, pay, sex);
        }
        if (sex >= 0 && employedOn(r, options.snapshot())) {
            ukRelevant[sex]++;
            // A derived bonus counts as a derivation even when it is 0: it decides who "received a bonus".
            count(pay.bonusDerived ? Derivation.BONUS_FROM_VARIABLE : null);
            if (pay.bonus > 0) {
                ukBonus[sex].add(pay.bonus, MICRO, pay.bonus); // a given amount, exact in micro-euros
            }
            if (pay.hasPay() && pay.hourlyN > 0) {
                ukHourly[sex].add(pay.hourlyN, pay.hourlyD, pay.hourly);
            } else if (pay.hasPay()) {
                // UK reg. 2(1): hourly figures and quartiles take full-pay relevant employees; nil pay is not full pay.
                count(Derivation.NIL_PAY_LEFT_OUT);
            }
        }
    }

    /**
     * Counts the rows {@code [from, to)} of a table exactly as {@link #add} counts their records,
     * in their order: plain rows ({@link TableColumns#plain}) column-wise ({@link PayGapRows}),
     * the others through {@link #add}. The column-wise pass of {@code IndicatorSuite.compute(table,
     * …)}. Internal.
     */
    @API(status = API.Status.INTERNAL)
    public void addRows(TableColumns columns, int from, int to) {
        if (!TableColumns.readsPeriod(options.period())) {
            for (int row = from; row < to; row++) {
                add(columns.record(row));
            }
            return;
        }
        new PayGapRows(this, columns).add(from, to);
    }

    private void addPresent(EmployeeRecord r, PayFacts pay, int sex) {
        present++;
        bySex[switch (r.sex()) {
            case FEMALE -> 0;
            case MALE -> 1;
            case OTHER -> 2;
            case UNKNOWN -> 3;
        }]++;
        byContract[r.contract() == ContractType.PERMANENT ? 0 : r.contract() == ContractType.OTHER ? 2 : 1]++;
        int sexOrOther = sex >= 0 ? sex : 2;
        int age = ageGroup(r);
        if (age >= 0) {
            ages[age]++;
        }
        if (r.managementLevel() == ManagementLevel.EXECUTIVE || r.managementLevel() == ManagementLevel.BOARD) {
            topManagement[sexOrOther]++;
        }
        if (r.managementLevel() == ManagementLevel.BOARD) {
            governanceSex[sexOrOther]++;
            if (age >= 0) {
                governanceAge[age]++;
            }
        }
        String category = r.categoryOrDerived().orElse(NO_CATEGORY);
        long[] diversity = categoryAges.computeIfAbsent(category, k -> new long[6]);
        diversity[sexOrOther]++;
        if (age >= 0) {
            diversity[3 + age]++;
        }
        // S1-16 ratio: a person without any annual amount has an unknown remuneration, not 0.
        if (r.annualBasePay().isPresent() || r.annualVariablePay().isPresent() || r.annualExcludedPay().isPresent()) {
            actualTotals.add(pay.actualAnnualTotal);
        }
        if (sex < 0) {
            unknownSex++;
            return;
        }
        // (e), E: the share of all the women (men) present who received variable pay.
        if (r.annualVariablePay().filter(v -> v.signum() > 0).isPresent()) {
            variableRecipients[sex]++;
        }
        if (!pay.hasPay()) {
            withoutPay++;
            return;
        }
        switch (pay.hourlySource) {
            case DERIVED_FROM_WEEKLY_HOURS -> count(Derivation.HOURLY_FROM_WEEKLY_HOURS);
            case DERIVED_FROM_35H_FTE -> count(Derivation.HOURLY_FROM_35H_FTE);
            default -> count(Derivation.HOURLY_COMPONENTS_FROM_ANNUAL);
        }
        hourly[sex].add(pay.hourlyN, pay.hourlyD, pay.hourly);
        if (pay.hasAnnual) {
            annual[sex].add(pay.annualN, pay.annualD, pay.annual);
            if (pay.annualVariableN > 0) {
                hourlyVariable[sex].add(pay.hourlyVariableN, pay.componentD, pay.hourlyVariable);
                annualVariable[sex].add(pay.annualVariableN, pay.annualD, pay.annualVariable);
            }
        } else {
            count(Derivation.HOURLY_WITHOUT_BASE);
        }
        categories.computeIfAbsent(category, k -> new GroupSums()).add(sex, pay);
        locations.computeIfAbsent(r.establishment().orElse("(none)"), k -> new GroupSums()).add(sex, pay);
    }

    void count(Derivation derivation) {
        if (derivation != null) {
            derivations[derivation.ordinal()]++;
        }
    }

    /** What the report says was derived, and how. */
    enum Derivation {
        BONUS_FROM_VARIABLE("UK bonus from annual_variable_pay (no bonus_12m)"),
        NIL_PAY_LEFT_OUT("UK hourly figures: employees with nil pay left out (not full-pay relevant employees)"),
        HOURLY_FROM_WEEKLY_HOURS("hourly pay derived from annual pay / (weekly_hours × 52 × presence)"),
        HOURLY_FROM_35H_FTE("hourly pay derived from annual pay / (35 h × fte × 52 × presence)"),
        HOURLY_COMPONENTS_FROM_ANNUAL("hourly base and variable components (Art. 9(1)(g), G) derived from annual pay / hours: hourly_pay has no split"),
        HOURLY_WITHOUT_BASE("annual figures and hourly components left out: hourly_pay without annual_base_pay");

        final String text;

        Derivation(String text) {
            this.text = text;
        }
    }

    private Map<String, Long> derivations() {
        Map<String, Long> counts = new TreeMap<>();
        for (Derivation d : Derivation.values()) {
            if (derivations[d.ordinal()] > 0) {
                counts.put(d.text, derivations[d.ordinal()]);
            }
        }
        return Map.copyOf(counts);
    }

    static boolean employedOn(EmployeeRecord r, LocalDate date) {
        return (r.hireDate().isEmpty() || !r.hireDate().get().isAfter(date))
                && (r.exitDate().isEmpty() || !r.exitDate().get().isBefore(date));
    }

    /** 0: under 30, 1: 30 to 50, 2: over 50, at the end of the period; -1 when unknown. */
    private int ageGroup(EmployeeRecord r) {
        LocalDate end = options.period().end();
        int age;
        if (r.birthDate().isPresent()) {
            age = Period.between(r.birthDate().get(), end).getYears();
        } else if (r.birthYear().isPresent()) {
            age = end.getYear() - r.birthYear().get();
        } else {
            return -1;
        }
        return ageGroup(age);
    }

    /** The ESRS/GRI age group of a known age in whole years: under 30, 30 to 50, over 50. */
    static int ageGroup(int age) {
        return age < 30 ? 0 : age <= 50 ? 1 : 2;
    }

    /** Adds everything another accumulator saw. */
    public PayGapAccumulator merge(PayGapAccumulator o) {
        if (!options.equals(o.options)) {
            throw new IllegalArgumentException("cannot merge pay-gap accumulators with different options");
        }
        for (int s = 0; s < 2; s++) {
            hourly[s].addAll(o.hourly[s]);
            annual[s].addAll(o.annual[s]);
            hourlyVariable[s].addAll(o.hourlyVariable[s]);
            annualVariable[s].addAll(o.annualVariable[s]);
            ukHourly[s].addAll(o.ukHourly[s]);
            ukBonus[s].addAll(o.ukBonus[s]);
            variableRecipients[s] += o.variableRecipients[s];
            ukRelevant[s] += o.ukRelevant[s];
        }
        o.categories.forEach((k, v) -> categories.computeIfAbsent(k, x -> new GroupSums()).merge(v));
        o.locations.forEach((k, v) -> locations.computeIfAbsent(k, x -> new GroupSums()).merge(v));
        o.categoryAges.forEach((k, v) -> addInto(categoryAges.computeIfAbsent(k, x -> new long[6]), v));
        for (int i = 0; i < derivations.length; i++) {
            derivations[i] += o.derivations[i];
        }
        actualTotals.addAll(o.actualTotals);
        addInto(topManagement, o.topManagement);
        addInto(ages, o.ages);
        addInto(bySex, o.bySex);
        addInto(byContract, o.byContract);
        addInto(governanceSex, o.governanceSex);
        addInto(governanceAge, o.governanceAge);
        present += o.present;
        unknownSex += o.unknownSex;
        withoutPay += o.withoutPay;
        return this;
    }

    private static void addInto(long[] target, long[] source) {
        for (int i = 0; i < target.length; i++) {
            target[i] += source[i];
        }
    }

    /** All the figures. */
    public PayGapReport result() {
        return result(false);
    }

    /**
     * {@link #result()}, with its order statistics (medians, quartile bands, the ESRS ratio: each
     * a few passes over a series of up to a million values) computed as tasks on every core, in
     * the common fork-join pool. The same figures. Internal: the last step of
     * {@code IndicatorSuite.compute(table, …)}, which already splits the rows per core.
     */
    @API(status = API.Status.INTERNAL)
    public PayGapReport resultOnAllCores() {
        return result(true);
    }

    private PayGapReport result(boolean onAllCores) {
        OrderFigures order = OrderFigures.of(this, onAllCores);
        SmallCellSuppression rule = SmallCellSuppression.eitherSex(options.minCell());
        PayGapReport.AnnualHourly meanGap = new PayGapReport.AnnualHourly(meanGap(annual), meanGap(hourly));
        PayValues.MediansAndBands hourlyStatistics = order.hourly();
        PayValues.MediansAndBands annualStatistics = order.annual();
        PayValues.MediansAndBands ukStatistics = order.uk();
        PayGapReport.AnnualHourly medianGap = new PayGapReport.AnnualHourly(medianGap(annualStatistics), medianGap(hourlyStatistics));
        PayGapReport.AnnualHourly meanVariable = new PayGapReport.AnnualHourly(meanGap(annualVariable), meanGap(hourlyVariable));
        PayGapReport.AnnualHourly medianVariable = new PayGapReport.AnnualHourly(
                Gaps.medianGap(order.annualVariable()[F], order.annualVariable()[M]),
                Gaps.medianGap(order.hourlyVariable()[F], order.hourlyVariable()[M]));
        Optional<BigDecimal> variableWomen = Gaps.percent(variableRecipients[F], bySex[0]);
        Optional<BigDecimal> variableMen = Gaps.percent(variableRecipients[M], bySex[1]);
        List<QuartileBand> hourlyBands = hourlyStatistics.bands();

        Map<String, Cell<PayGapReport.CategoryGap>> categoryGaps = suppressed(categories, rule, g -> new PayGapReport.CategoryGap(
                g.n[F], g.n[M], g.hourlyGap(), g.componentGap(GroupSums.HOURLY_BASE), g.componentGap(GroupSums.HOURLY_VARIABLE),
                g.componentGap(GroupSums.ANNUAL_TOTAL), g.componentGap(GroupSums.ANNUAL_BASE), g.componentGap(GroupSums.ANNUAL_VARIABLE)));
        // The flags are decided on every category; a suppressed one is counted, never named, since
        // naming it would publish a fact about its gap.
        List<String> flagged = new ArrayList<>();
        List<String> alerts = new ArrayList<>();
        long[] hiddenFlagged = new long[2];
        categories.forEach((name, g) -> {
            if (name.equals(NO_CATEGORY)) {
                return; // not a category of workers: nothing to assess jointly
            }
            boolean hidden = categoryGaps.get(name) instanceof Cell.Suppressed;
            if (Gaps.meanGapAtLeast(g.hourlyTotal.total(F), g.n[F], g.hourlyTotal.total(M), g.n[M], options.jointAssessmentThreshold())) {
                if (hidden) {
                    hiddenFlagged[0]++;
                } else {
                    flagged.add(name);
                }
            }
            if (g.anyComponentGapAtLeast(PayGapOptions.ART_10_THRESHOLD)) {
                if (hidden) {
                    hiddenFlagged[1]++;
                } else {
                    alerts.add(name);
                }
            }
        });
        PayGapReport.Eu eu = new PayGapReport.Eu(meanGap.hourly(), medianGap.hourly(), meanVariable.hourly(), medianVariable.hourly(),
                variableWomen, variableMen, hourlyBands, categoryGaps, List.copyOf(flagged), hiddenFlagged[0], !flagged.isEmpty() || hiddenFlagged[0] > 0,
                options.jointAssessmentThreshold(), meanGap, medianGap);

        Map<String, Cell<PayGapReport.CategoryComponents>> g = suppressed(categories, rule, s -> new PayGapReport.CategoryComponents(
                s.n[F], s.n[M], s.componentGap(GroupSums.ANNUAL_BASE), s.componentGap(GroupSums.ANNUAL_VARIABLE),
                s.componentGap(GroupSums.HOURLY_BASE), s.componentGap(GroupSums.HOURLY_VARIABLE)));
        QuartileBand upper = hourlyBands.get(3);
        Optional<Boolean> balanced = upper.size() == 0 ? Optional.empty()
                : Optional.of(upper.women() * 100 >= 45 * upper.size() && upper.women() * 100 <= 55 * upper.size());
        PayGapReport.Fr fr = new PayGapReport.Fr(meanGap, meanVariable, medianGap, medianVariable, variableWomen, variableMen,
                annualStatistics.bands(), hourlyBands, g, !alerts.isEmpty() || hiddenFlagged[1] > 0, List.copyOf(alerts), hiddenFlagged[1], balanced, frenchObligations(present));

        PayGapReport.Uk uk = new PayGapReport.Uk(ukRelevant[F] + ukRelevant[M], meanGap(ukHourly), medianGap(ukStatistics),
                meanGap(ukBonus), Gaps.medianGap(order.ukBonus()[F], order.ukBonus()[M]), Gaps.percent(ukBonus[F].count(), ukRelevant[F]),
                Gaps.percent(ukBonus[M].count(), ukRelevant[M]), ukStatistics.bands());

        PayGapReport.Esrs esrs = new PayGapReport.Esrs(meanGap.hourly(), order.remunerationRatio(), shares(topManagement), ageShares(ages),
                bySex[0], bySex[1], bySex[2], bySex[3], byContract[0], byContract[1], byContract[2]);

        Map<String, SexCounts> diversityCells = new LinkedHashMap<>();
        categoryAges.forEach((k, v) -> diversityCells.put(k, new SexCounts(v[0], v[1], v[2])));
        Map<String, SuppressionReason> hiddenDiversity = rule.suppress(diversityCells);
        Map<String, Cell<PayGapReport.Diversity>> diversity = new LinkedHashMap<>();
        categoryAges.forEach((k, v) -> diversity.put(k, hiddenDiversity.containsKey(k) ? new Cell.Suppressed<>(hiddenDiversity.get(k))
                : new Cell.Shown<>(new PayGapReport.Diversity(shares(new long[] {v[0], v[1], v[2]}), ageShares(new long[] {v[3], v[4], v[5]})))));
        Function<GroupSums, PayGapReport.Ratios> ratios = s -> new PayGapReport.Ratios(s.n[F], s.n[M],
                s.componentRatio(GroupSums.ANNUAL_BASE), s.componentRatio(GroupSums.ANNUAL_TOTAL));
        PayGapReport.Gri gri = new PayGapReport.Gri(shares(governanceSex), ageShares(governanceAge), diversity,
                suppressed(categories, rule, ratios), suppressed(locations, rule, ratios));

        return new PayGapReport(eu, uk, fr, esrs, gri, unknownSex, withoutPay, derivations(), options.minCell());
    }

    private static <T> Map<String, Cell<T>> suppressed(Map<String, GroupSums> groups, SmallCellSuppression rule,
                                                      Function<GroupSums, T> figure) {
        Map<String, SexCounts> cells = new LinkedHashMap<>();
        groups.forEach((k, v) -> cells.put(k, new SexCounts(v.n[F], v.n[M], 0)));
        Map<String, SuppressionReason> hidden = rule.suppress(cells);
        Map<String, Cell<T>> out = new LinkedHashMap<>();
        groups.forEach((k, v) -> out.put(k, hidden.containsKey(k) ? new Cell.Suppressed<>(hidden.get(k)) : new Cell.Shown<>(figure.apply(v))));
        return out;
    }

    private static Optional<BigDecimal> meanGap(PayValues[] s) {
        return Gaps.meanGap(s[F].sum(), s[F].count(), s[M].sum(), s[M].count());
    }

    /**
     * The figures of the report that select from the pay series (each independent of the others,
     * so they can be computed at once), by sex where not a pair: twice the medians.
     */
    private record OrderFigures(PayValues.MediansAndBands hourly, PayValues.MediansAndBands annual, PayValues.MediansAndBands uk,
                                Fraction[] hourlyVariable, Fraction[] annualVariable, Fraction[] ukBonus,
                                Optional<BigDecimal> remunerationRatio) {

        static OrderFigures of(PayGapAccumulator a, boolean onAllCores) {
            // Each task reads (and may rescale) only its own series; the largest first.
            List<Supplier<Object>> tasks = List.of(
                    () -> PayValues.mediansAndBands(a.hourly[F], a.hourly[M]),
                    () -> PayValues.mediansAndBands(a.annual[F], a.annual[M]),
                    () -> PayValues.mediansAndBands(a.ukHourly[F], a.ukHourly[M]),
                    a::remunerationRatio,
                    a.hourlyVariable[M]::twiceMedian, a.annualVariable[M]::twiceMedian, a.ukBonus[M]::twiceMedian,
                    a.hourlyVariable[F]::twiceMedian, a.annualVariable[F]::twiceMedian, a.ukBonus[F]::twiceMedian);
            IntStream indices = IntStream.range(0, tasks.size());
            // Not toList(): a median of an empty series is null.
            Object[] out = (onAllCores ? indices.parallel() : indices).mapToObj(i -> tasks.get(i).get()).toArray();
            return new OrderFigures((PayValues.MediansAndBands) out[0], (PayValues.MediansAndBands) out[1],
                    (PayValues.MediansAndBands) out[2], new Fraction[] {(Fraction) out[7], (Fraction) out[4]},
                    new Fraction[] {(Fraction) out[8], (Fraction) out[5]}, new Fraction[] {(Fraction) out[9], (Fraction) out[6]},
                    castRatio(out[3]));
        }

        @SuppressWarnings("unchecked")
        private static Optional<BigDecimal> castRatio(Object ratio) {
            return (Optional<BigDecimal>) ratio;
        }
    }

    private static Optional<BigDecimal> medianGap(PayValues.MediansAndBands s) {
        return Gaps.medianGap(s.womenTwiceMedian(), s.menTwiceMedian());
    }

    /** ESRS S1-16: the highest annual total remuneration / the median of all the others, 2 decimals. */
    private Optional<BigDecimal> remunerationRatio() {
        int n = actualTotals.size();
        if (n < 2) {
            return Optional.empty();
        }
        long[] figures = actualTotals.highestAndMiddleOfOthers();
        long highest = figures[0];
        long twiceMedian = figures[1] + figures[2];
        if (twiceMedian == 0) {
            return Optional.empty();
        }
        return Optional.of(BigDecimal.valueOf(2 * highest).divide(BigDecimal.valueOf(twiceMedian), 2, RoundingMode.HALF_UP));
    }

    private static PayGapReport.SexShares shares(long[] counts) {
        long total = counts[0] + counts[1] + counts[2];
        return new PayGapReport.SexShares(counts[0], counts[1], counts[2], Gaps.percent(counts[0], total), Gaps.percent(counts[1], total));
    }

    private static PayGapReport.AgeShares ageShares(long[] counts) {
        long total = counts[0] + counts[1] + counts[2];
        return new PayGapReport.AgeShares(counts[0], counts[1], counts[2], Gaps.percent(counts[0], total),
                Gaps.percent(counts[1], total), Gaps.percent(counts[2], total));
    }

    /**
     * regulations.md §2, "Who declares", by the headcount present in the period: a one-line summary
     * (the CLI replaces it with the obligations of a declaration year, {@code france.Obligations}).
     */
    static String frenchObligations(long headcount) {
        if (headcount < 50) {
            return "under 50: voluntary";
        }
        if (headcount < 100) {
            return "50-99: A-F in triennial years (2027, 2030, ...), G too from 2030";
        }
        if (headcount < 150) {
            return "100-149: A-F every year (from 2027), CSE opinion, G in triennial years from 2030";
        }
        if (headcount < 250) {
            return "150-249: A-F every year (from 2027), CSE opinion, G in triennial years (2027, 2030, ...)";
        }
        return "250+: A-F and G every year (from 2027), CSE opinion";
    }

    /**
     * Exact sums by sex in one category or location: the hourly total of everyone with pay
     * ({@code n}), and the components that need annual pay (hourly base and variable, annual
     * total, base and variable) of everyone whose annual pay is known ({@code nAnnual}).
     */
    static final class GroupSums {
        static final int HOURLY_BASE = 0;
        static final int HOURLY_VARIABLE = 1;
        static final int ANNUAL_TOTAL = 2;
        static final int ANNUAL_BASE = 3;
        static final int ANNUAL_VARIABLE = 4;

        final long[] n = new long[2];
        final long[] nAnnual = new long[2];
        final FractionSums hourlyTotal = new FractionSums(2);     // by sex
        final FractionSums hourlyParts = new FractionSums(4);     // sex × (base, variable)
        final FractionSums annualParts = new FractionSums(6);     // sex × (total, base, variable)

        void add(int sex, PayFacts pay) {
            addHourly(sex, pay.hourlyN, pay.hourlyD);
            if (pay.hasAnnual) {
                addAnnual(sex, pay.componentD, pay.hourlyBaseN, pay.hourlyVariableN, pay.annualD, pay.annualN, pay.annualBaseN,
                        pay.annualVariableN);
            }
        }

        void addHourly(int sex, long hourlyN, long hourlyD) {
            n[sex]++;
            hourlyTotal.add(hourlyD, sex, hourlyN);
        }

        /** The components of someone whose annual pay is known. */
        void addAnnual(int sex, long componentD, long hourlyBaseN, long hourlyVariableN, long annualD, long annualN,
                       long annualBaseN, long annualVariableN) {
            nAnnual[sex]++;
            hourlyParts.add(componentD, sex * 2, hourlyBaseN);
            hourlyParts.add(componentD, sex * 2 + 1, hourlyVariableN);
            annualParts.add(annualD, sex * 3, annualN);
            annualParts.add(annualD, sex * 3 + 1, annualBaseN);
            annualParts.add(annualD, sex * 3 + 2, annualVariableN);
        }

        /**
         * What {@link #add} of {@code people} of one sex and one working time adds, from their
         * total base and variable pay: each numerator is that pay times the working time's factor
         * ({@code perHour} over {@code hourlyD}, {@code perYear} over {@code annualD}).
         */
        void addAll(int sex, long people, long base, long variable, long hourlyD, long perHour, long annualD, long perYear) {
            n[sex] += people;
            nAnnual[sex] += people;
            BigInteger b = BigInteger.valueOf(base);
            BigInteger v = BigInteger.valueOf(variable);
            BigInteger total = b.add(v);
            addProduct(hourlyTotal, hourlyD, sex, total, perHour);
            addProduct(hourlyParts, hourlyD, sex * 2, b, perHour);
            addProduct(hourlyParts, hourlyD, sex * 2 + 1, v, perHour);
            addProduct(annualParts, annualD, sex * 3, total, perYear);
            addProduct(annualParts, annualD, sex * 3 + 1, b, perYear);
            addProduct(annualParts, annualD, sex * 3 + 2, v, perYear);
        }

        private static void addProduct(FractionSums sums, long denominator, int component, BigInteger amount, long factor) {
            BigInteger product = amount.multiply(BigInteger.valueOf(factor));
            if (product.bitLength() < Long.SIZE) {
                sums.add(denominator, component, product.longValue());
            } else {
                sums.add(denominator, component, product);
            }
        }

        void merge(GroupSums o) {
            for (int s = 0; s < 2; s++) {
                n[s] += o.n[s];
                nAnnual[s] += o.nAnnual[s];
            }
            hourlyTotal.addAll(o.hourlyTotal);
            hourlyParts.addAll(o.hourlyParts);
            annualParts.addAll(o.annualParts);
        }

        Optional<BigDecimal> hourlyGap() {
            return Gaps.meanGap(hourlyTotal.total(F), n[F], hourlyTotal.total(M), n[M]);
        }

        private Fraction component(int component, int sex) {
            return component < ANNUAL_TOTAL ? hourlyParts.total(sex * 2 + component)
                    : annualParts.total(sex * 3 + component - ANNUAL_TOTAL);
        }

        Optional<BigDecimal> componentGap(int component) {
            return Gaps.meanGap(component(component, F), nAnnual[F], component(component, M), nAnnual[M]);
        }

        Optional<BigDecimal> componentRatio(int component) {
            return Gaps.ratio(component(component, F), nAnnual[F], component(component, M), nAnnual[M]);
        }

        /**
         * France's alert (G): a gap of at least t in either direction in base or variable pay, annual
         * or hourly, exactly. regulations.md §2 says positive gaps only, but the platform made the
         * threshold symmetric (SocialGouv/egapro PR #4040, gap.ts: |gap| ≥ 5), as Directive Art. 10(1)(a) reads.
         */
        boolean anyComponentGapAtLeast(BigDecimal t) {
            for (int c : new int[] {ANNUAL_BASE, ANNUAL_VARIABLE, HOURLY_BASE, HOURLY_VARIABLE}) {
                if (Gaps.meanGapAtLeast(component(c, F), nAnnual[F], component(c, M), nAnnual[M], t)) {
                    return true;
                }
            }
            return false;
        }
    }
}
