package org.mixite.spark;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mixite.adapter.dsn.DsnAdapter;
import org.mixite.core.indicators.france.GipCalculator;
import org.mixite.core.indicators.france.GipFormat;
import org.mixite.core.indicators.france.PayBasis;
import org.mixite.core.report.Headlines;
import org.mixite.core.report.IndicatorResults;
import org.mixite.core.report.IndicatorSuite;
import org.mixite.core.report.IndicatorSuite.ReportSettings;
import org.mixite.json.MixiteJson;
import org.mixite.json.ReportJson;
import org.mixite.spi.adapter.AdapterRegistry;
import org.mixite.spi.adapter.AdapterSettings;
import org.mixite.spi.adapter.InputSource;
import org.mixite.spi.load.DatasetLoader;
import org.mixite.spi.load.LoadMode;
import org.mixite.spi.load.LoadResult;
import org.mixite.spi.load.LoadSummary;
import org.mixite.spi.load.Rejection;
import org.mixite.spi.model.EmployeeRecord;
import org.mixite.spi.model.ReferencePeriod;

/**
 * Spark in local[2] against the single JVM on the same records: 210 generated companies, each
 * company's report document compared byte for byte, the rejections compared message for message.
 */
class MixiteSparkTest {

    private static final ReportSettings SETTINGS = ReportSettings.of(ReferencePeriod.calendarYear(2025));
    private static final String SOURCE = "payroll.csv";
    private static final int COMPANIES = 210;

    @TempDir
    static Path dir;
    static SparkSession spark;
    static Path csv;
    /** Per company: the single-JVM load of its rows, as if it were its own file. */
    static Map<String, LoadResult> reference = new TreeMap<>();
    static String invalidId;
    static String duplicateId;

    @BeforeAll
    static void start() throws Exception {
        spark = SparkSession.builder().master("local[2]").appName("mixite-test")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "4")
                .getOrCreate();
        Map<String, List<EmployeeRecord>> companies = Workforce.companies(COMPANIES, 7);
        // One row that breaks a rule (fte > 1) and one duplicate id, in two companies.
        List<EmployeeRecord> third = companies.get(Workforce.siren(3));
        EmployeeRecord invalid = third.get(0).toBuilder().id(Workforce.siren(3) + "-BAD").fte(new BigDecimal("1.5")).build();
        third.add(5, invalid);
        invalidId = invalid.id();
        List<EmployeeRecord> fifth = companies.get(Workforce.siren(5));
        fifth.add(fifth.get(2));
        duplicateId = fifth.get(2).id();
        // The file interleaves the companies (each keeps its own order), as a national extract would.
        List<EmployeeRecord> all = new ArrayList<>();
        List<Iterator<EmployeeRecord>> each = companies.values().stream().map(List::iterator).toList();
        for (boolean more = true; more; ) {
            more = false;
            for (Iterator<EmployeeRecord> it : each) {
                if (it.hasNext()) {
                    all.add(it.next());
                    more = true;
                }
            }
        }
        csv = dir.resolve(SOURCE);
        Files.writeString(csv, Workforce.csv(all));
        DatasetLoader loader = DatasetLoader.builder().mode(LoadMode.LENIENT).build();
        for (Map.Entry<String, List<EmployeeRecord>> company : companies.entrySet()) {
            byte[] file = Workforce.csv(company.getValue()).getBytes(StandardCharsets.UTF_8);
            reference.put(company.getKey(), loader.load(InputSource.of(SOURCE, file)));
        }
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    private static IndicatorResults results(List<EmployeeRecord> records) {
        IndicatorSuite suite = new IndicatorSuite(SETTINGS);
        records.forEach(suite::add);
        return suite.results();
    }

    private static String document(String company, LoadResult load) {
        return MixiteJson.toString(ReportJson.document(company, results(load.records()), load.summary()).toJson());
    }

    private static Dataset<Row> csvRows() {
        return spark.read().option("header", "true").option("escape", "\"").csv(csv.toString());
    }

    private static Map<String, Row> byCompany(Dataset<Row> results) {
        Map<String, Row> out = new HashMap<>();
        results.collectAsList().forEach(r -> out.put(r.getAs("company"), r));
        return out;
    }

    @Test
    @DisplayName("perCompany: every company's report.json from Spark equals the single JVM's, byte for byte, and its headline columns its figures")
    void perCompanyEqualsSingleJvm() {
        SparkRecords records = MixiteSpark.records(csvRows(), SOURCE).cache();
        Map<String, Row> results = byCompany(MixiteSpark.perCompany(records, SETTINGS));

        assertThat(results.keySet()).hasSize(COMPANIES).isEqualTo(reference.keySet());
        reference.forEach((company, load) -> {
            Row row = results.get(company);
            byte[] expected = document(company, load).getBytes(StandardCharsets.UTF_8);
            assertThat(row.<String>getAs("json")).as(company).isEqualTo(new String(expected, StandardCharsets.UTF_8));
            assertThat(row.<String>getAs("json").getBytes(StandardCharsets.UTF_8)).as(company).isEqualTo(expected);

            IndicatorResults single = results(load.records());
            Headlines headlines = Headlines.of(single);
            assertThat(row.<Long>getAs("read")).isEqualTo(load.summary().read());
            assertThat(row.<Long>getAs("rejected")).isEqualTo(load.summary().rejected());
            assertThat(row.<Integer>getAs("egapro_index")).as(company).isEqualTo(headlines.egaproIndex().orElse(null));
            assertDecimal(row.getAs("a_hourly"), single.payGap().fr().a().hourly().orElse(null));
            assertDecimal(row.getAs("c_annual"), single.payGap().fr().c().annual().orElse(null));
            assertDecimal(row.getAs("technical_digital_women_share"), headlines.technicalDigitalWomenShare().orElse(null));
            assertThat(row.<Long>getAs("workforce")).isEqualTo(single.composition().total().shown().orElseThrow().total());
        });
        // Not a vacuous comparison: the companies differ, and most have a calculable index.
        assertThat(results.values().stream().map(r -> r.<String>getAs("json")).distinct()).hasSize(COMPANIES);
        assertThat(results.values().stream().filter(r -> r.getAs("egapro_index") != null)).hasSizeGreaterThan(COMPANIES / 2);
    }

    private static void assertDecimal(BigDecimal actual, BigDecimal expected) {
        if (expected == null) {
            assertThat(actual).isNull();
        } else {
            assertThat(actual).isEqualByComparingTo(expected);
        }
    }

    @Test
    @DisplayName("records: a rejected row appears in the rejections with the loader's reason; counts reconcile (read = accepted + rejected)")
    void rejectionsCarryTheLoadersMessages() {
        SparkRecords records = MixiteSpark.records(csvRows(), SOURCE);
        List<Row> rejections = records.rejections().collectAsList();

        Rejection expected = reference.get(Workforce.siren(3)).rejections().stream()
                .filter(r -> r.id().orElse("").equals(invalidId)).findFirst().orElseThrow();
        Row invalid = rejections.stream().filter(r -> invalidId.equals(r.getAs("id"))).findFirst().orElseThrow();
        assertThat(invalid.<String>getAs("field")).isEqualTo("fte").isEqualTo(expected.violations().get(0).field());
        assertThat(invalid.<String>getAs("message")).isEqualTo(expected.violations().get(0).message());
        assertThat(invalid.<String>getAs("source")).isEqualTo(SOURCE);
        assertThat(invalid.<String>getAs("company_key")).isEqualTo(Workforce.siren(3));
        assertThat(invalid.<Integer>getAs("column")).isEqualTo(List.of(csvRows().columns()).indexOf("fte") + 1);

        // Rows have no line numbers: the duplicate's message is the loader's, without "first seen at line".
        Row duplicate = rejections.stream().filter(r -> duplicateId.equals(r.getAs("id"))).findFirst().orElseThrow();
        assertThat(duplicate.<String>getAs("message")).isEqualTo("duplicate id '" + duplicateId + "'");
        assertThat(rejections).hasSize(2);

        long read = reference.values().stream().mapToLong(l -> l.summary().read()).sum();
        assertThat(records.counts()).isEqualTo(new SparkRecords.Counts(read, read - 2, 2));
        assertThat(records.accepted().count()).isEqualTo(read - 2);
    }

    @Test
    @DisplayName("records: typed Parquet columns (doubles, dates, booleans) give the same documents as their CSV text")
    void typedParquetGivesTheSameResults() {
        Path parquet = dir.resolve("payroll.parquet");
        csvRows().where(col("company").leq(Workforce.siren(20)))
                .withColumn("fte", col("fte").cast("double"))
                .withColumn("hire_date", col("hire_date").cast("date"))
                .withColumn("birth_date", col("birth_date").cast("date"))
                .withColumn("raised", col("raised").cast("boolean"))
                .withColumn("promoted", col("promoted").cast("boolean"))
                .write().parquet(parquet.toString());
        Map<String, Row> results = byCompany(MixiteSpark.perCompany(
                MixiteSpark.records(spark.read().parquet(parquet.toString()), SOURCE), SETTINGS));

        assertThat(results).hasSize(21);
        results.forEach((company, row) ->
                assertThat(row.<String>getAs("json")).as(company).isEqualTo(document(company, reference.get(company))));
    }

    @Test
    @DisplayName("total: one result over every company equals one suite over all the records (a federation of 210)")
    void totalEqualsOneSuite() {
        SparkRecords records = MixiteSpark.records(csvRows(), SOURCE);
        MixiteSpark.Total total = MixiteSpark.total(records, SETTINGS);

        List<EmployeeRecord> all = reference.values().stream().flatMap(l -> l.records().stream()).toList();
        long read = reference.values().stream().mapToLong(l -> l.summary().read()).sum();
        LoadSummary load = new LoadSummary(SOURCE, EntryLoads.SPARK_ROWS, read, read - 2, 2, List.of());
        assertThat(total.load()).isEqualTo(load);
        assertThat(total.json("all")).isEqualTo(MixiteJson.toString(ReportJson.document("all", results(all), load).toJson()));
        assertThat(total.results().federation()).isPresent();
    }

    @Test
    @DisplayName("gipFile: the GIP-MDS pre-fill file (France 2027, A-F per SIREN) of all 210 companies at once is the single JVM's, byte for byte")
    void gipFileEqualsSingleJvm() {
        String file = MixiteSpark.gipFile(MixiteSpark.records(csvRows(), SOURCE), SETTINGS.period(), PayBasis.FULL_TIME_EQUIVALENT);

        List<EmployeeRecord> all = reference.values().stream().flatMap(l -> l.records().stream()).toList();
        String expected = GipFormat.write(GipFormat.file(SETTINGS.period(),
                List.copyOf(GipCalculator.compute(all, SETTINGS.period(), PayBasis.FULL_TIME_EQUIVALENT).values())));
        assertThat(file).isEqualTo(expected);
        assertThat(file.lines()).hasSize(3 + COMPANIES);
    }

    @Test
    @DisplayName("dsn: DSN files read by the DSN adapter on the executors give the single JVM's documents")
    void dsnFilesOnExecutors() throws Exception {
        Path file = dir.resolve("example-2025-12.dsn");
        try (var in = MixiteSparkTest.class.getResourceAsStream("/example-2025-12.dsn")) {
            Files.copy(in, file);
        }
        Map<String, Row> results = byCompany(MixiteSpark.perCompany(
                MixiteSpark.dsn(spark, List.of(file.toString()), AdapterSettings.NONE), SETTINGS));

        LoadResult load = DatasetLoader.builder().registry(AdapterRegistry.of(new DsnAdapter())).mode(LoadMode.LENIENT).build()
                .load(InputSource.of(file));
        String company = load.records().get(0).company().orElseThrow();
        assertThat(results.keySet()).containsExactly(company);
        assertThat(results.get(company).<String>getAs("json")).isEqualTo(document(company, load));
        assertThat(results.get(company).<Long>getAs("accepted")).isEqualTo(load.summary().accepted()).isPositive();
    }

    @Test
    @DisplayName("dsn: a directory of monthly DSN files is one task and one year, as the CLI reads it")
    void dsnMonthlyDirectoryOnExecutors() throws Exception {
        Path year = Files.createDirectories(dir.resolve("dsn-2025"));
        try (var in = MixiteSparkTest.class.getResourceAsStream("/example-2025-12.dsn")) {
            Files.copy(in, year.resolve("2025-12.dsn"));
        }
        Map<String, Row> results = byCompany(MixiteSpark.perCompany(
                MixiteSpark.dsn(spark, List.of(year.toString()), AdapterSettings.NONE), SETTINGS));

        LoadResult load = DatasetLoader.builder().registry(AdapterRegistry.of(new DsnAdapter())).mode(LoadMode.LENIENT).build()
                .load(InputSource.of(year));
        String company = load.records().get(0).company().orElseThrow();
        assertThat(results.keySet()).containsExactly(company);
        // The year reader's notes (raised and promoted estimated from month-to-month changes) are the document's too.
        assertThat(results.get(company).<String>getAs("json")).isEqualTo(document(company, load));
    }
}
