package org.mixite.benchmarks;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.mixite.adapters.csv.CanonicalCsvWriter;
import org.mixite.core.report.IndicatorSuite;
import org.mixite.core.report.IndicatorSuite.ReportSettings;
import org.mixite.json.MixiteJson;
import org.mixite.json.ReportJson;
import org.mixite.samples.demo.DemoDataGenerator;
import org.mixite.spark.MixiteSpark;
import org.mixite.spi.adapter.InputSource;
import org.mixite.spi.load.DatasetLoader;
import org.mixite.spi.load.LoadMode;
import org.mixite.spi.load.LoadSummary;
import org.mixite.spi.load.RecordSink;
import org.mixite.spi.load.Rejection;
import org.mixite.spi.model.EmployeeRecord;
import org.mixite.spi.model.ReferencePeriod;

/**
 * Every company's report over a national-sized extract, side by side in one JVM run: the single
 * JVM (the canonical CSV through Mixité's loader, one suite per company, every company's
 * report.json) and Spark in local mode (the same rows from Parquet through
 * {@code MixiteSpark.records} and {@code perCompany}, the result rows written as Parquet). A
 * plain timed main, not JMH: one run of each takes minutes, and what matters is the ratio and
 * the throughput per core. Run by {@code bench/spark [companies] [rows]} (defaults 2,000 and
 * 10,000,000); the data are generated once into {@code benchmarks/target/spark-bench/}.
 */
public final class SparkPerCompanyBenchmark {

    private static final ReportSettings SETTINGS = ReportSettings.of(ReferencePeriod.calendarYear(2025));
    private static final String SOURCE = "payroll.csv";

    private SparkPerCompanyBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int companies = args.length > 0 ? Integer.parseInt(args[0]) : 2_000;
        long rows = args.length > 1 ? Long.parseLong(args[1]) : 10_000_000L;
        int cores = Runtime.getRuntime().availableProcessors();
        Path dir = Path.of("target", "spark-bench", companies + "x" + rows);
        Path csv = dir.resolve(SOURCE);
        Path parquet = dir.resolve("payroll.parquet");
        long written = generate(csv, companies, rows);

        SparkSession spark = SparkSession.builder().master("local[" + cores + "]").appName("mixite-bench")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", Integer.toString(8 * cores))
                .config("spark.local.dir", dir.resolve("spark-tmp").toString())
                .getOrCreate();
        if (!Files.exists(parquet.resolve("_SUCCESS"))) {
            long t = System.nanoTime();
            spark.read().option("header", "true").option("escape", "\"").csv(csv.toString())
                    .write().mode(SaveMode.Overwrite).parquet(parquet.toString());
            System.out.printf("parquet written in %.1f s (not measured below)%n", (System.nanoTime() - t) / 1e9);
        }

        // 1. The single JVM: the CLI's path, the loader streaming the CSV, one suite per company.
        long t0 = System.nanoTime();
        Map<String, String> single = singleJvm(csv);
        double singleSeconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf("single JVM: %d companies in %.1f s%n", single.size(), singleSeconds);

        // 2. Spark in local mode, from Parquet; the result rows written as Parquet.
        long t1 = System.nanoTime();
        Path out = dir.resolve("companies.parquet");
        MixiteSpark.perCompany(MixiteSpark.records(spark.read().parquet(parquet.toString()), SOURCE), SETTINGS)
                .write().mode(SaveMode.Overwrite).parquet(out.toString());
        double sparkSeconds = (System.nanoTime() - t1) / 1e9;
        System.out.printf("spark local[%d]: written in %.1f s%n", cores, sparkSeconds);

        // The same documents, or the comparison means nothing.
        List<Row> results = spark.read().parquet(out.toString()).select("company", "json").collectAsList();
        long equal = results.stream().filter(r -> r.getString(1).equals(single.get(r.getString(0)))).count();
        spark.stop();

        System.out.printf("documents equal: %d of %d (single JVM %d)%n", equal, results.size(), single.size());
        System.out.printf("spark_vs_single_jvm rows=%d companies=%d cores=%d single_jvm_s=%.1f spark_local_s=%.1f ratio=%.2f "
                        + "single_jvm_rows_per_core_s=%.0f spark_rows_per_core_s=%.0f%n",
                written, companies, cores, singleSeconds, sparkSeconds, sparkSeconds / singleSeconds,
                written / singleSeconds / cores, written / sparkSeconds / cores);
        if (equal != single.size() || results.size() != single.size()) {
            System.exit(1);
        }
    }

    /** The companies' sizes: from 500 to 9,500, scaled so that they add up to about {@code rows}. */
    private static long generate(Path csv, int companies, long rows) throws IOException {
        Path done = csv.resolveSibling("generated");
        if (Files.exists(done)) {
            return Long.parseLong(Files.readString(done).trim());
        }
        Files.createDirectories(csv.getParent());
        long t = System.nanoTime();
        long[] sizes = new long[companies];
        long sum = 0;
        for (int k = 0; k < companies; k++) {
            sizes[k] = 500 + (k * 7_919L) % 9_001;
            sum += sizes[k];
        }
        long total = 0;
        try (Writer writer = Files.newBufferedWriter(csv, StandardCharsets.UTF_8);
             CanonicalCsvWriter out = new CanonicalCsvWriter(writer)) {
            for (int k = 0; k < companies; k++) {
                int size = (int) Math.max(1, sizes[k] * rows / sum);
                String siren = String.format("%09d", 300_000_000L + 7_919L * k);
                for (EmployeeRecord r : (Iterable<EmployeeRecord>) new DemoDataGenerator(k, size, 1, 2025).records()::iterator) {
                    out.write(r.toBuilder().id(siren + "-" + r.id()).company(siren).build());
                }
                total += size;
            }
        }
        Files.writeString(done, Long.toString(total));
        System.out.printf("generated %d rows of %d companies in %.1f s (not measured)%n", total, companies, (System.nanoTime() - t) / 1e9);
        return total;
    }

    private static Map<String, String> singleJvm(Path csv) {
        Map<String, IndicatorSuite> suites = new HashMap<>();
        Map<String, long[]> counts = new HashMap<>();
        LoadSummary load = DatasetLoader.builder().mode(LoadMode.LENIENT).build()
                .stream(InputSource.of(SOURCE, () -> Files.newInputStream(csv)), new RecordSink() {
                    @Override
                    public void accept(EmployeeRecord record) {
                        String company = record.company().orElse(IndicatorSuite.NO_COMPANY);
                        suites.computeIfAbsent(company, c -> new IndicatorSuite(SETTINGS)).add(record);
                        counts.computeIfAbsent(company, c -> new long[1])[0]++;
                    }

                    @Override
                    public void reject(Rejection rejection) {
                        throw new IllegalStateException("the generated data are valid: " + rejection);
                    }
                });
        Map<String, String> documents = new TreeMap<>();
        suites.forEach((company, suite) -> {
            long n = counts.get(company)[0];
            documents.put(company, MixiteJson.toString(ReportJson.document(company, suite.results(),
                    new LoadSummary(SOURCE, "spark", n, n, 0, load.warnings())).toJson()));
        });
        return documents;
    }
}
