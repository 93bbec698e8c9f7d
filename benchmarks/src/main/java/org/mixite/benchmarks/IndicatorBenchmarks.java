package org.mixite.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.mixite.adapters.csv.ParallelCsvTableReader;
import org.mixite.adapters.csv.TableLoad;
import org.mixite.core.report.IndicatorSuite;
import org.mixite.core.table.EmployeeTable;
import org.mixite.spi.adapter.InputSource;
import org.mixite.spi.load.DatasetLoader;
import org.mixite.spi.load.LoadMode;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Issue 9's side-by-side run (the in-memory passes, under 1 s each, averaged over the calls of
 * 2-second iterations; the file-reading ones in single shots): (a) all indicators over records in memory, (b) the canonical CSV
 * → all indicators, (c) the same CSV → the equivalent aggregations in DuckDB (read_csv +
 * GROUP BY with median and quartiles), and the floor: a hand-written loop over the CSV lines.
 * All in one JVM run, so the ratios compare like with like.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
// A fixed 4 GB heap: the million records held in memory take about 1 GB; at 2 GB, and while the heap grew, G1 pauses made single shots vary by ±70%.
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g", "--enable-native-access=ALL-UNNAMED"})
public class IndicatorBenchmarks {

    @Param({"1000000"})
    public int rows;

    private java.nio.file.Path csv;

    @Setup(Level.Trial)
    public void setUp() {
        csv = BenchmarkData.csv(rows);
    }

    /** The workforce already in memory as a columnar table (loading not measured); no record objects are kept. */
    @State(Scope.Benchmark)
    public static class InMemory {
        @Param({"1000000"})
        public int rows;

        EmployeeTable table;

        @Setup(Level.Trial)
        public void load() {
            table = EmployeeTable.of(BenchmarkData.records(rows));
        }
    }

    /** The same workforce as a list of record objects, for the record accumulators. */
    @State(Scope.Benchmark)
    public static class InMemoryRecords {
        @Param({"1000000"})
        public int rows;

        java.util.List<org.mixite.spi.model.EmployeeRecord> records;

        @Setup(Level.Trial)
        public void load() {
            records = BenchmarkData.records(rows);
        }
    }

    /** (a): the columnar table, split per core, one suite per part, merged (the results equal the record pass's). */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @Warmup(time = 2)
    @Measurement(time = 2)
    public Object inMemory(InMemory input) {
        return IndicatorSuite.compute(input.table, AllIndicators.SETTINGS);
    }

    /** (a) on one core: the table's column-wise passes in one suite. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @Warmup(time = 2)
    @Measurement(time = 2)
    public Object inMemorySequential(InMemory input) {
        IndicatorSuite suite = new IndicatorSuite(AllIndicators.SETTINGS);
        suite.add(input.table);
        return suite.results();
    }

    /** The same over a list of record objects, split per core (the record accumulators). */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @Warmup(time = 2)
    @Measurement(time = 2)
    public Object inMemoryRecords(InMemoryRecords input) {
        return input.records.parallelStream().collect(IndicatorSuite.collector(AllIndicators.SETTINGS));
    }

    /** The record list on one core: one suite fed record by record, as the CLI's streaming report does. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @Warmup(time = 2)
    @Measurement(time = 2)
    public Object inMemoryRecordsSequential(InMemoryRecords input) {
        return AllIndicators.compute(input.records);
    }

    @Benchmark
    public Object csv() {
        AllIndicators.Accumulator all = new AllIndicators.Accumulator();
        DatasetLoader.builder().mode(LoadMode.LENIENT).build().stream(InputSource.of(csv), all::add);
        return all.result();
    }

    /**
     * (b) on every core (issue 20, item 2): the same CSV split into byte ranges, each parsed and
     * validated on a core into a table of its own, joined in file order with the loader's ordered
     * checks, then all indicators over the table, split per core.
     */
    @Benchmark
    public Object csvParallel() {
        TableLoad load = ParallelCsvTableReader.builder().mode(LoadMode.LENIENT).build().read(InputSource.of(csv));
        return IndicatorSuite.compute(load.table(), AllIndicators.SETTINGS);
    }

    @Benchmark
    public void duckdb(Blackhole hole) throws SQLException {
        DuckDbQuery.run(csv, hole::consume);
    }

    /** The floor: split lines by hand, sum and sort per sex × CSP. No validation, no records. */
    @Benchmark
    public Object plainLoop() throws IOException {
        double[][] pay = new double[8][rows];
        int[] counts = new int[8];
        try (BufferedReader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            in.readLine();
            String line;
            while ((line = in.readLine()) != null) {
                String[] f = line.split(",", -1);
                int sex = f[1].equals("F") ? 0 : f[1].equals("M") ? 1 : -1;
                if (sex < 0 || f[6].isEmpty()) {
                    continue;
                }
                int csp = switch (f[6].charAt(0)) {
                    case '6' -> 0;
                    case '5' -> 1;
                    case '4' -> 2;
                    default -> 3;
                };
                double hourly = (Double.parseDouble(f[17]) + (f[18].isEmpty() ? 0 : Double.parseDouble(f[18])))
                        / (Double.parseDouble(f[16]) * 52);
                int group = sex * 4 + csp;
                pay[group][counts[group]++] = hourly;
            }
        }
        double[] medians = new double[8];
        for (int g = 0; g < 8; g++) {
            double[] values = Arrays.copyOf(pay[g], counts[g]);
            Arrays.sort(values);
            medians[g] = values.length == 0 ? Double.NaN : values[values.length / 2];
        }
        return medians;
    }
}
