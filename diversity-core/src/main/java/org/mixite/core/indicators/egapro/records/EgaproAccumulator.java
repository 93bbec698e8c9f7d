package org.mixite.core.indicators.egapro.records;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Map;
import java.util.TreeMap;
import org.apiguardian.api.API;
import org.mixite.core.indicators.egapro.AgeBand;
import org.mixite.core.indicators.egapro.Csp;
import org.mixite.core.indicators.egapro.Declaration;
import org.mixite.core.indicators.egapro.EgaproInput;
import org.mixite.core.indicators.egapro.EgaproInput.MaternityReturns;
import org.mixite.core.indicators.egapro.EgaproInput.PayGroup;
import org.mixite.core.indicators.egapro.EgaproInput.RaisesAndPromotions;
import org.mixite.core.indicators.egapro.EgaproInput.RateGroup;
import org.mixite.core.indicators.egapro.EgaproInput.TopEarners;
import org.mixite.core.indicators.egapro.Modalite;
import org.mixite.core.indicators.egapro.Tranche;
import org.mixite.core.table.TableColumns;
import org.mixite.spi.model.ContractType;
import org.mixite.spi.model.EmployeeRecord;
import org.mixite.spi.model.ReferencePeriod;
import org.mixite.spi.model.Sex;

/**
 * Aggregates employee records into the Egapro aggregated input (egapro.md §2), in one pass.
 * {@link #merge} of two accumulators over disjoint record sets equals the accumulator of their
 * union, so work can be split. Not thread-safe: one accumulator per thread, then merge.
 *
 * <p>Rules, in order:
 * <ul>
 *   <li><b>Who counts:</b> not an apprentice, intern or temporary agency worker, and present at
 *       least {@value #MIN_DAYS_PRESENT} days (6 months): {@code days_present} when given,
 *       otherwise the days of {@code [hire_date, exit_date]} inside the period. Professional-
 *       training contracts and expatriates have no contract code of their own; the export must
 *       leave them out or mark them {@code apprentice}.</li>
 *   <li><b>Pay:</b> {@code (annual_base_pay + annual_variable_pay) / fte / (days present /
 *       days in the period)}; {@code annual_excluded_pay} is never added. Divisions carry 34
 *       significant digits; so do the averages and rates written to the derived input.</li>
 *   <li><b>Group:</b> the CSP from {@code category} when it is a CSP code, else from the first
 *       digit of the PCS-ESE {@code job_code} ({@link Csp#ofPcs}: 2 and 3 ic, 4 tam, 5 emp, 6 ouv),
 *       so an employer category such as "Sales" falls back to the PCS; in the level modes, the
 *       {@code level}.</li>
 *   <li><b>Age:</b> on the period's last day, from the birth date, else by year difference.</li>
 *   <li><b>Raises:</b> indicator 2 counts {@code raised}, 3 counts {@code promoted}, 2et3 counts
 *       {@code raised || promoted}; when nobody counted was raised or promoted, the 2et3 section is
 *       {@code null} (declared not calculable: no raise in the period). Indicators 2 and 3 keep
 *       their groups, which the calculator finds without any raise (promotion). <b>Maternity:</b> women with {@code maternity_return}, raised
 *       when {@code raised_after_maternity}.</li>
 *   <li><b>Top 10:</b> the 10 highest pays, ties broken by the smaller id.</li>
 * </ul>
 */
@API(status = API.Status.EXPERIMENTAL)
public final class EgaproAccumulator {

    /** Six months of presence. */
    public static final int MIN_DAYS_PRESENT = 183;

    private static final MathContext DIGITS = MathContext.DECIMAL128;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final int F = 0;
    private static final int M = 1;
    /** One shared Optional per band, so the per-record path allocates none. */
    @SuppressWarnings("unchecked")
    private static final Optional<AgeBand>[] BANDS = java.util.Arrays.stream(AgeBand.values()).map(Optional::of)
            .toArray(Optional[]::new);

    private final ReferencePeriod period;
    private final Modalite modalite;
    private final BigDecimal periodDays;

    long read;
    long counted;
    long excludedContract;
    long excludedPresence;
    long sexNotBinary;
    long payUnknown;
    long ageUnknown;
    long groupUnknown;

    /** Indicator 1 cells by group label then age band. */
    final Map<String, PayCell[]> payCells = new java.util.HashMap<>(); // sorted once, in aggregate()
    /** Indicators 2 and 3 by CSP ordinal: [csp][sex] headcount, raised, promoted. */
    final int[][] cspHeadcount = new int[4][2];
    final int[][] cspRaised = new int[4][2];
    final int[][] cspPromoted = new int[4][2];
    /** Indicator 2et3, by sex. */
    final int[] headcount = new int[2];
    final int[] raisedOrPromoted = new int[2];
    int maternityReturns;
    int raisedOnReturn;
    final TopEarnersList top = new TopEarnersList();

    static final class PayCell {
        final int[] count = new int[2];
        final BigDecimal[] sum = {BigDecimal.ZERO, BigDecimal.ZERO};

        void add(PayCell other) {
            for (int s = F; s <= M; s++) {
                count[s] += other.count[s];
                sum[s] = sum[s].add(other.sum[s]);
            }
        }
    }

    public EgaproAccumulator(ReferencePeriod period, Modalite modalite) {
        this.period = Objects.requireNonNull(period, "period");
        this.modalite = Objects.requireNonNull(modalite, "modalite");
        this.periodDays = BigDecimal.valueOf(period.days());
    }

    public ReferencePeriod period() {
        return period;
    }

    public Modalite modalite() {
        return modalite;
    }

    /** Counts one record. */
    public void add(EmployeeRecord r) {
        read++;
        if (outOfScope(r.contract())) {
            excludedContract++;
            return;
        }
        long days = daysPresent(r);
        if (days < MIN_DAYS_PRESENT) {
            excludedPresence++;
            return;
        }
        counted++;
        if (!r.sex().isBinary()) {
            sexNotBinary++;
            return;
        }
        int s = r.sex() == Sex.FEMALE ? F : M;
        headcount[s]++;
        if (r.raised() || r.promoted()) {
            raisedOrPromoted[s]++;
        }
        if (s == F && r.maternityReturn()) {
            maternityReturns++;
            if (r.raisedAfterMaternity()) {
                raisedOnReturn++;
            }
        }
        Optional<Csp> csp = csp(r);
        csp.ifPresent(c -> {
            cspHeadcount[c.ordinal()][s]++;
            if (r.raised()) {
                cspRaised[c.ordinal()][s]++;
            }
            if (r.promoted()) {
                cspPromoted[c.ordinal()][s]++;
            }
        });
        Optional<BigDecimal> pay = pay(r, days);
        if (pay.isEmpty()) {
            payUnknown++;
            return;
        }
        top.offer(new TopEarnersList.Entry(pay.get(), r.id(), s == F));
        Optional<String> group = modalite == Modalite.CSP ? csp.map(Csp::code) : r.level().filter(l -> !l.isBlank());
        Optional<AgeBand> band = band(r);
        if (group.isEmpty()) {
            groupUnknown++;
        } else if (band.isEmpty()) {
            ageUnknown++;
        } else {
            PayCell cell = payCells.computeIfAbsent(group.get(), k -> cells())[band.get().ordinal()];
            cell.count[s]++;
            cell.sum[s] = cell.sum[s].add(pay.get());
        }
    }

    /**
     * Adds {@code other}'s counts into this accumulator and returns it. With disjoint record
     * sets the result equals the accumulator of their union.
     *
     * @throws IllegalArgumentException when the periods or modalities differ
     */
    public EgaproAccumulator merge(EgaproAccumulator other) {
        if (!period.equals(other.period) || modalite != other.modalite) {
            throw new IllegalArgumentException("cannot merge accumulators of different periods or modalities");
        }
        read += other.read;
        counted += other.counted;
        excludedContract += other.excludedContract;
        excludedPresence += other.excludedPresence;
        sexNotBinary += other.sexNotBinary;
        payUnknown += other.payUnknown;
        ageUnknown += other.ageUnknown;
        groupUnknown += other.groupUnknown;
        other.payCells.forEach((group, theirs) -> {
            PayCell[] ours = payCells.computeIfAbsent(group, k -> cells());
            for (int b = 0; b < ours.length; b++) {
                ours[b].add(theirs[b]);
            }
        });
        for (int c = 0; c < 4; c++) {
            for (int s = F; s <= M; s++) {
                cspHeadcount[c][s] += other.cspHeadcount[c][s];
                cspRaised[c][s] += other.cspRaised[c][s];
                cspPromoted[c][s] += other.cspPromoted[c][s];
            }
        }
        for (int s = F; s <= M; s++) {
            headcount[s] += other.headcount[s];
            raisedOrPromoted[s] += other.raisedOrPromoted[s];
        }
        maternityReturns += other.maternityReturns;
        raisedOnReturn += other.raisedOnReturn;
        top.addAll(other.top);
        return this;
    }

    /** The band from the number of people counted (any sex). */
    public Tranche tranche() {
        return Tranche.ofHeadcount(counted);
    }

    /** The derived input, in the band of {@link #tranche()}. */
    public EgaproAggregation aggregate() {
        return aggregate(tranche());
    }

    /** The derived input in a given band (the CLI's {@code --tranche}). */
    public EgaproAggregation aggregate(Tranche tranche) {
        List<PayGroup> groups = new ArrayList<>();
        if (modalite == Modalite.CSP) {
            for (Csp c : Csp.values()) {
                addGroups(groups, c.code(), payCells.get(c.code()));
            }
        } else {
            new TreeMap<>(payCells).forEach((label, cells) -> addGroups(groups, label, cells));
        }
        var maternity = Declaration.of(new MaternityReturns(maternityReturns, raisedOnReturn));
        var topEarners = new TopEarners(top.women(), top.men());
        // egapro.md §3, 2et3: "the input may also declare it not calculable (null): no raise in the period".
        Declaration<RaisesAndPromotions> both = raisedOrPromoted[F] + raisedOrPromoted[M] == 0 ? Declaration.notCalculable()
                : Declaration.of(new RaisesAndPromotions(headcount[F], headcount[M], raisedOrPromoted[F], raisedOrPromoted[M]));
        EgaproInput input = tranche.isSmall()
                ? EgaproInput.small(modalite, groups, both, maternity, topEarners)
                : EgaproInput.large(tranche, modalite, groups, Declaration.of(rateGroups(cspRaised)),
                        Declaration.of(rateGroups(cspPromoted)), maternity, topEarners);
        return new EgaproAggregation(input, new AggregationSummary(read, counted, excludedContract, excludedPresence,
                sexNotBinary, payUnknown, ageUnknown, groupUnknown));
    }

    private static void addGroups(List<PayGroup> groups, String label, PayCell[] cells) {
        for (AgeBand band : AgeBand.values()) {
            PayCell cell = cells == null ? new PayCell() : cells[band.ordinal()];
            groups.add(new PayGroup(label, band, cell.count[F], cell.count[M], average(cell, F), average(cell, M)));
        }
    }

    private static Optional<BigDecimal> average(PayCell cell, int s) {
        return cell.count[s] == 0 ? Optional.empty()
                : Optional.of(cell.sum[s].divide(BigDecimal.valueOf(cell.count[s]), DIGITS).stripTrailingZeros());
    }

    private List<RateGroup> rateGroups(int[][] events) {
        List<RateGroup> list = new ArrayList<>();
        for (Csp c : Csp.values()) {
            int[] n = cspHeadcount[c.ordinal()];
            list.add(new RateGroup(c, n[F], n[M], rate(events[c.ordinal()][F], n[F]), rate(events[c.ordinal()][M], n[M])));
        }
        return list;
    }

    private static Optional<BigDecimal> rate(int events, int people) {
        return people == 0 ? Optional.empty()
                : Optional.of(BigDecimal.valueOf(events * 100L).divide(BigDecimal.valueOf(people), DIGITS).stripTrailingZeros());
    }

    static PayCell[] cells() {
        PayCell[] cells = new PayCell[AgeBand.values().length];
        for (int i = 0; i < cells.length; i++) {
            cells[i] = new PayCell();
        }
        return cells;
    }

    /**
     * Where a record counts in indicator 1, by the same rules as {@link #add}: its group, age band,
     * sex and full-time full-year pay. Empty when the record does not count in indicator 1
     * (contract, presence, sex, pay, group or age unknown). For what-if simulations.
     */
    public Optional<PayCellMember> payCellOf(EmployeeRecord r) {
        long days = daysPresent(r);
        if (outOfScope(r.contract()) || days < MIN_DAYS_PRESENT || !r.sex().isBinary()) {
            return Optional.empty();
        }
        Optional<BigDecimal> pay = pay(r, days);
        Optional<String> group = modalite == Modalite.CSP ? csp(r).map(Csp::code) : r.level().filter(l -> !l.isBlank());
        Optional<AgeBand> band = band(r);
        if (pay.isEmpty() || group.isEmpty() || band.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal perEuro = periodDays.divide(r.fte().multiply(BigDecimal.valueOf(days)), DIGITS);
        return Optional.of(new PayCellMember(group.get(), band.get(), r.sex() == Sex.FEMALE, pay.get(), perEuro));
    }

    /** Apprentices, interns and temporary workers are outside the index. */
    static boolean outOfScope(ContractType contract) {
        return contract == ContractType.APPRENTICE || contract == ContractType.INTERN || contract == ContractType.TEMPORARY;
    }

    long daysPresent(EmployeeRecord r) {
        return daysPresent(r, period);
    }

    /** Days present in the period as the index counts them: {@code days_present} when given, else from hire and exit dates. */
    public static long daysPresent(EmployeeRecord r, ReferencePeriod period) {
        if (r.daysPresent().isPresent()) {
            return Math.min(r.daysPresent().get(), period.days());
        }
        // In epoch days, without lambdas: this runs once per record.
        long start = period.start().toEpochDay();
        long end = period.end().toEpochDay();
        long from = r.hireDate().isPresent() ? Math.max(start, r.hireDate().get().toEpochDay()) : start;
        long to = r.exitDate().isPresent() ? Math.min(end, r.exitDate().get().toEpochDay()) : end;
        return to < from ? 0 : to - from + 1;
    }

    /** Full-time full-year equivalent pay; empty when neither base nor variable pay is given. */
    private Optional<BigDecimal> pay(EmployeeRecord r, long days) {
        if (r.annualBasePay().isEmpty() && r.annualVariablePay().isEmpty()) {
            return Optional.empty();
        }
        BigDecimal gross = r.annualBasePay().orElse(BigDecimal.ZERO).add(r.annualVariablePay().orElse(BigDecimal.ZERO));
        if (days == period.days() && r.fte().compareTo(BigDecimal.ONE) == 0) {
            return Optional.of(gross); // full time, whole period: the quotient below is gross itself
        }
        return Optional.of(convertedPay(gross, r.fte(), days));
    }

    /** Pay converted to full time and the whole period: gross / fte / (days / periodDays) = gross × periodDays / (fte × days). */
    BigDecimal convertedPay(BigDecimal gross, BigDecimal fte, long days) {
        return gross.multiply(periodDays).divide(fte.multiply(BigDecimal.valueOf(days)), DIGITS);
    }

    /**
     * Counts the rows {@code [from, to)} of a table exactly as {@link #add} counts their records,
     * in their order: plain rows ({@link TableColumns#plain}) column-wise ({@link EgaproRows}),
     * the others through {@link #add}. The column-wise pass of {@code IndicatorSuite.compute(table,
     * …)}. Internal.
     */
    @API(status = API.Status.INTERNAL)
    public void addRows(TableColumns columns, int from, int to) {
        if (modalite != Modalite.CSP || !TableColumns.readsPeriod(period)) {
            for (int row = from; row < to; row++) {
                add(columns.record(row)); // groups by level label, or a period the columns cannot serve: the record pass
            }
            return;
        }
        new EgaproRows(this, columns).add(from, to);
    }

    /**
     * The CSP of {@link #add} and {@link #payCellOf} alike: {@code category} when it is a CSP code,
     * else (absent, or an employer category such as "Sales") the first digit of the PCS-ESE code.
     */
    private static Optional<Csp> csp(EmployeeRecord r) {
        Optional<Csp> fromCategory = r.category().flatMap(Csp::ofLenient);
        return fromCategory.isPresent() ? fromCategory : r.jobCode().flatMap(Csp::ofPcs);
    }

    /** The age band at the period end, by exact age from a birth date, else by year difference. */
    private Optional<AgeBand> band(EmployeeRecord r) {
        LocalDate end = period.end();
        if (r.birthDate().isPresent()) {
            return BANDS[AgeBand.ofAge(Period.between(r.birthDate().get(), end).getYears()).ordinal()];
        }
        // Unboxed on purpose: this runs once per record.
        return r.birthYear().isPresent() ? BANDS[AgeBand.ofAge(end.getYear() - r.birthYear().get()).ordinal()]
                : Optional.empty();
    }
}
