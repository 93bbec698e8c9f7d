package org.mixite.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import org.mixite.core.indicators.composition.CompositionAccumulator;
import org.mixite.core.indicators.egapro.Modalite;
import org.mixite.core.indicators.egapro.records.EgaproAccumulator;
import org.mixite.core.indicators.paygap.PayGapAccumulator;
import org.mixite.core.report.IndicatorSuite;
import org.mixite.core.table.EmployeeTable;
import org.mixite.core.table.TableColumns;
import org.mixite.spi.model.EmployeeRecord;

/**
 * Where the in-memory path (a) spends its time, phase by phase, in CPU time of one thread — a
 * figure that holds on a shared machine, where the wall time of two cores does not: each
 * indicator's column-wise pass over half the rows (what one core does in
 * {@code IndicatorSuite.compute}), the whole suite's pass over that half, the merge of two
 * halves and the results (the pay gaps' alone too). Prints the least and the median of the
 * second half of the rounds. Not a JMH benchmark: run it with
 * {@code java -Xms4g -Xmx4g -XX:+AlwaysPreTouch -cp benchmarks/target/benchmarks.jar org.mixite.benchmarks.InMemoryPhases [rounds]}.
 */
public final class InMemoryPhases {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private InMemoryPhases() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 24;
        int rows = 1_000_000;
        int half = rows / 2;
        List<EmployeeRecord> records = BenchmarkData.records(rows);
        EmployeeTable first = EmployeeTable.of(records.subList(0, half));
        EmployeeTable second = EmployeeTable.of(records.subList(half, rows));
        records = null;
        TableColumns columns = first.columns();
        IndicatorSuite.ReportSettings settings = AllIndicators.SETTINGS;
        int[] all = new int[half];
        Arrays.setAll(all, i -> i);
        String[] names = {"egapro", "payGap", "composition", "suite.add", "merge", "results", "payGap.result"};
        long[][] times = new long[names.length][rounds];
        for (int round = 0; round < rounds; round++) {
            long t0 = cpu();
            new EgaproAccumulator(settings.period(), Modalite.CSP).addRows(columns, 0, half);
            long t1 = cpu();
            PayGapAccumulator payGap = new PayGapAccumulator(settings.payGapOptions());
            payGap.addRows(columns, 0, half);
            long t2 = cpu();
            new CompositionAccumulator(settings.period(), settings.jobs()).addRows(columns, all, half);
            long t3 = cpu();
            IndicatorSuite suite = new IndicatorSuite(settings);
            suite.add(first);
            long t4 = cpu();
            IndicatorSuite other = new IndicatorSuite(settings);
            other.add(second);
            long t5 = cpu();
            suite.merge(other);
            long t6 = cpu();
            suite.results();
            long t7 = cpu();
            PayGapAccumulator otherPayGap = new PayGapAccumulator(settings.payGapOptions());
            otherPayGap.addRows(second.columns(), 0, half);
            payGap.merge(otherPayGap);
            long t8 = cpu();
            payGap.result();
            long t9 = cpu();
            long[] phases = {t1 - t0, t2 - t1, t3 - t2, t4 - t3, t6 - t5, t7 - t6, t9 - t8};
            for (int p = 0; p < phases.length; p++) {
                times[p][round] = phases[p];
            }
        }
        StringBuilder out = new StringBuilder("CPU ms of one thread, least/median; the passes over 500,000 rows, merge and results of 1,000,000:");
        for (int p = 0; p < names.length; p++) {
            long[] last = Arrays.copyOfRange(times[p], rounds / 2, rounds);
            Arrays.sort(last);
            out.append(String.format(" %s %.1f/%.1f", names[p], last[0] / 1e6, last[last.length / 2] / 1e6));
        }
        System.out.println(out);
    }

    private static long cpu() {
        return THREADS.getCurrentThreadCpuTime();
    }
}
