package org.mixite.core.report;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.apiguardian.api.API;
import org.mixite.core.indicators.composition.CompositionAccumulator;
import org.mixite.core.indicators.composition.CompositionResult;
import org.mixite.core.indicators.composition.Federation;
import org.mixite.core.indicators.egapro.EgaproCalculator;
import org.mixite.core.indicators.egapro.Modalite;
import org.mixite.core.indicators.egapro.records.EgaproAccumulator;
import org.mixite.core.indicators.egapro.records.EgaproAggregation;
import org.mixite.core.indicators.paygap.PayGapAccumulator;
import org.mixite.core.indicators.paygap.PayGapOptions;
import org.mixite.core.indicators.paygap.PayGapReport;
import org.mixite.core.indicators.rixain.RixainAccumulator;
import org.mixite.core.indicators.rixain.RixainResult;
import org.mixite.core.jobs.JobClassifier;
import org.mixite.core.table.EmployeeTable;
import org.mixite.core.table.TableColumns;
import org.mixite.spi.model.EmployeeRecord;
import org.mixite.spi.model.ReferencePeriod;

/**
 * Every indicator of a full report, fed in one pass: the Egapro index, the loi Rixain, the
 * pay-gap figures and the composition (per company, for the federation view). Mergeable, so a
 * large input can be split, accumulated per core and merged; not thread-safe itself.
 *
 * <pre>{@code
 * IndicatorSuite suite = new IndicatorSuite(ReportSettings.of(ReferencePeriod.calendarYear(2025)));
 * records.forEach(suite::add);
 * IndicatorResults results = suite.results();
 *
 * // or split per core, accumulate and merge (same results as the sequential pass):
 * IndicatorResults same = records.parallelStream().collect(IndicatorSuite.collector(settings));
 * }</pre>
 */
@API(status = API.Status.STABLE)
public final class IndicatorSuite {

    /** The company key of records without a {@code company}. */
    public static final String NO_COMPANY = "(company)";

    private final ReportSettings settings;
    private final EgaproAccumulator egapro;
    private final RixainAccumulator rixain;
    private final PayGapAccumulator payGap;
    /** By company; a hash map, looked up once per record, sorted by name when the results are built. */
    private final Map<String, CompositionAccumulator> companies = new HashMap<>();

    public IndicatorSuite(ReportSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.egapro = new EgaproAccumulator(settings.period(), Modalite.CSP);
        // Loi Rixain: members counted on the reference period's last day, the threshold judged at rixainDate.
        this.rixain = new RixainAccumulator(settings.period().end());
        this.payGap = new PayGapAccumulator(settings.payGapOptions());
    }

    public void add(EmployeeRecord record) {
        egapro.add(record);
        rixain.add(record);
        payGap.add(record);
        addComposition(record);
    }

    private void addComposition(EmployeeRecord record) {
        companies.computeIfAbsent(record.company().orElse(NO_COMPANY),
                c -> new CompositionAccumulator(settings.period(), settings.jobs())).add(record);
    }

    /**
     * Adds every row of a table: plain rows through the column-wise passes, any other row
     * through {@link #add(EmployeeRecord)} — the same results as adding {@code table.records()}.
     */
    public void add(EmployeeTable table) {
        addRows(table.columns(), 0, table.size());
    }

    /**
     * Every indicator over a table, split per core: each part of the rows gets its own suite and
     * the suites are merged in order. Equal to one suite fed {@code table.records()}, with the
     * proviso of {@link #collector}.
     */
    public static IndicatorResults compute(EmployeeTable table, ReportSettings settings) {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(settings, "settings");
        TableColumns columns = table.columns();
        int parts = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), columns.size() / MIN_PART));
        return IntStream.range(0, parts).parallel().mapToObj(part -> {
            IndicatorSuite suite = new IndicatorSuite(settings);
            suite.addRows(columns, (int) ((long) columns.size() * part / parts), (int) ((long) columns.size() * (part + 1) / parts));
            return suite;
        }).reduce(IndicatorSuite::merge).orElseThrow().results(true);
    }

    /** Below this many rows per core, splitting costs more than it saves. */
    private static final int MIN_PART = 50_000;

    private void addRows(TableColumns columns, int from, int to) {
        // Egapro and the pay gaps read every row in its place (their top 10 and pay series keep the
        // record order); the composition and the Rixain counts do not depend on it.
        egapro.addRows(columns, from, to);
        payGap.addRows(columns, from, to);
        rixain.addRows(columns, from, to);
        int[] plain = new int[to - from];
        int plainCount = 0;
        boolean[] plainColumn = columns.arrays().plain();
        for (int row = from; row < to; row++) {
            if (plainColumn[row]) {
                plain[plainCount++] = row;
            } else {
                addComposition(columns.record(row));
            }
        }
        addCompositionRows(columns, plain, plainCount);
    }

    /** The composition per company: the rows grouped by company code (a counting sort), then one pass per company. */
    private void addCompositionRows(TableColumns columns, int[] rows, int count) {
        int companyCodes = columns.companies().size() + 1;
        int[] starts = new int[companyCodes + 1];
        int[] companyColumn = columns.arrays().company();
        for (int k = 0; k < count; k++) {
            starts[companyColumn[rows[k]] + 1]++;
        }
        for (int code = 0; code < companyCodes; code++) {
            if (starts[code + 1] == count && count > 0 && rows[count - 1] - rows[0] == count - 1) {
                // One company and a range of rows (every row plain: the usual case), read without the list. The rows come
                // ascending, each once (addRows), so first and last count - 1 apart means every row between.
                company(columns, code).addRows(columns, rows[0], rows[0] + count);
                return;
            }
            starts[code + 1] += starts[code];
        }
        int[] byCompany = new int[count];
        int[] next = java.util.Arrays.copyOf(starts, companyCodes);
        for (int k = 0; k < count; k++) {
            byCompany[next[companyColumn[rows[k]]]++] = rows[k];
        }
        for (int code = 0; code < companyCodes; code++) {
            int size = starts[code + 1] - starts[code];
            if (size > 0) {
                int[] part = size == count ? byCompany : java.util.Arrays.copyOfRange(byCompany, starts[code], starts[code + 1]);
                company(columns, code).addRows(columns, part, size);
            }
        }
    }

    private CompositionAccumulator company(TableColumns columns, int code) {
        String company = code == 0 ? NO_COMPANY : columns.companies().get(code - 1);
        return companies.computeIfAbsent(company, c -> new CompositionAccumulator(settings.period(), settings.jobs()));
    }

    /**
     * A collector for streams of records, sequential or parallel: each split of a parallel
     * stream gets its own suite, and the suites are merged in encounter order, so the results
     * equal those of one sequential pass — with one proviso: a pay series whose values need more
     * than 32 changes of common denominator (that many unrelated working times and presences) is
     * kept rounded to 10⁻⁹ € an hour (10⁻⁶ € a year), and at which value that starts can depend
     * on the split, so its medians and bands may differ at that last digit.
     */
    public static java.util.stream.Collector<EmployeeRecord, IndicatorSuite, IndicatorResults> collector(
            ReportSettings settings) {
        Objects.requireNonNull(settings, "settings");
        return java.util.stream.Collector.of(() -> new IndicatorSuite(settings), IndicatorSuite::add,
                IndicatorSuite::merge, IndicatorSuite::results);
    }

    /** Adds every record of {@code other} (a suite with the same settings) to this one. */
    public IndicatorSuite merge(IndicatorSuite other) {
        egapro.merge(other.egapro);
        rixain.merge(other.rixain);
        payGap.merge(other.payGap);
        other.companies.forEach((k, v) -> companies.merge(k, v.copy(), CompositionAccumulator::merge));
        return this;
    }

    public IndicatorResults results() {
        return results(false);
    }

    /**
     * The results. On all cores, the pay-gap figures (most of the work: selections over the pay
     * series) are computed on this thread, their order statistics split over the common
     * fork-join pool, while a pool thread computes the others — not the other way round: a
     * thread outside the pool waiting for a pool task would not help with it.
     */
    private IndicatorResults results(boolean onAllCores) {
        if (!onAllCores) {
            return withoutPayGap().apply(payGap.result());
        }
        ForkJoinTask<Function<PayGapReport, IndicatorResults>> others = ForkJoinPool.commonPool().submit(this::withoutPayGap);
        PayGapReport payGapReport = payGap.resultOnAllCores();
        return others.join().apply(payGapReport);
    }

    /** Every result but the pay gaps', computed; the function completes them with the pay gaps'. */
    private Function<PayGapReport, IndicatorResults> withoutPayGap() {
        Map<String, CompositionAccumulator> companies = new TreeMap<>(this.companies);
        EgaproAggregation aggregation = egapro.aggregate();
        Optional<Federation.Result> federation = companies.size() > 1
                ? Optional.of(Federation.of(companies, settings.minCell())) : Optional.empty();
        CompositionResult composition = federation.map(Federation.Result::totals).orElseGet(() -> companies.isEmpty()
                ? new CompositionAccumulator(settings.period(), settings.jobs()).result(settings.minCell())
                : companies.values().iterator().next().result(settings.minCell()));
        Optional<org.mixite.core.indicators.egapro.EgaproResult> egaproResult;
        Optional<String> problem;
        try {
            egaproResult = Optional.of(EgaproCalculator.compute(aggregation.input()));
            problem = Optional.empty();
        } catch (org.mixite.core.indicators.egapro.EgaproInputException e) {
            // Records too few for the form (e.g. under 10 paid people for indicator 5): say so, compute the rest.
            egaproResult = Optional.empty();
            problem = Optional.of(e.getMessage());
        }
        Optional<org.mixite.core.indicators.egapro.EgaproResult> egaproFigures = egaproResult;
        Optional<String> egaproProblem = problem;
        RixainResult rixainResult = rixain.result(settings.rixainDate(), aggregation.summary().counted());
        return payGapReport -> new IndicatorResults(settings, aggregation, egaproFigures, egaproProblem, rixainResult, payGapReport,
                composition, federation);
    }

    /**
     * What a report is computed with.
     *
     * @param rixainDate the date at which loi Rixain compliance is judged (which threshold applies); the
     *                   members are counted on the period's last day
     */
    public record ReportSettings(ReferencePeriod period, LocalDate rixainDate, PayGapOptions payGapOptions,
                                 JobClassifier jobs, int minCell) {

        public ReportSettings {
            Objects.requireNonNull(period, "period");
            Objects.requireNonNull(rixainDate, "rixainDate");
            Objects.requireNonNull(payGapOptions, "payGapOptions");
            Objects.requireNonNull(jobs, "jobs");
        }

        /** Defaults: Rixain judged on 1 March after the period, UK snapshot at its end, k = 5, default job mapping. */
        public static ReportSettings of(ReferencePeriod period) {
            return new ReportSettings(period, publicationDate(period), PayGapOptions.of(period), JobClassifier.defaults(), 5);
        }

        public ReportSettings withMinCell(int k) {
            return new ReportSettings(period, rixainDate, payGapOptions.withMinCell(k), jobs, k);
        }

        public ReportSettings withJobs(JobClassifier classifier) {
            return new ReportSettings(period, rixainDate, payGapOptions, classifier, minCell);
        }

        /** 1 March after the period, when Egapro and Rixain figures are published. */
        public static LocalDate publicationDate(ReferencePeriod period) {
            LocalDate march = LocalDate.of(period.end().getYear(), 3, 1);
            return march.isAfter(period.end()) ? march : march.plusYears(1);
        }
    }
}
