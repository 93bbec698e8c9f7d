package org.mixite.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.monotonically_increasing_id;
import static org.apache.spark.sql.functions.trim;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apiguardian.api.API;
import org.mixite.adapter.dsn.DsnAdapter;
import org.mixite.core.indicators.france.GipCalculator;
import org.mixite.core.indicators.france.GipFigures;
import org.mixite.core.indicators.france.GipFormat;
import org.mixite.core.indicators.france.PayBasis;
import org.mixite.core.report.IndicatorResults;
import org.mixite.core.report.IndicatorSuite;
import org.mixite.core.report.IndicatorSuite.ReportSettings;
import org.mixite.json.MixiteJson;
import org.mixite.json.ReportJson;
import org.mixite.spi.adapter.AdapterSettings;
import org.mixite.spi.adapter.InputSource;
import org.mixite.spi.load.LoadSummary;
import org.mixite.spi.model.RecordField;
import org.mixite.spi.model.ReferencePeriod;
import scala.Tuple2;

/**
 * Mixité on Apache Spark: the indicators of every company of a payroll too big for one
 * machine, each company's results identical to those of a single-JVM run on its records.
 *
 * <pre>{@code
 * Dataset<Row> rows = spark.read().option("header", true).option("escape", "\"") // quotes doubled, as in CSV
 *         .csv("hdfs:///payroll/2025/*.csv");                                          // or .parquet(…)
 * SparkRecords records = MixiteSpark.records(rows);          // validated as the loader does
 * records.rejections().write().csv("rejects");               // source, line, column, adapter, id, field, message
 * ReportSettings settings = ReportSettings.of(ReferencePeriod.calendarYear(2025));
 * Dataset<Row> companies = MixiteSpark.perCompany(records, settings); // one row per company (SIREN)
 * companies.select("company", "workforce", "egapro_index", "a_hourly", "json").write().parquet("results");
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL)
public final class MixiteSpark {

    private static final String KEY = "__mixite_company";
    private static final String ORDINAL = "__mixite_ordinal";

    private MixiteSpark() {
    }

    /** {@link #records(Dataset, String)} with the source named {@code dataset} in messages. */
    public static SparkRecords records(Dataset<Row> rows) {
        return records(rows, "dataset");
    }

    /**
     * Maps rows in the canonical columns (the canonical CSV's names, matched like its headers:
     * case and surrounding spaces ignored; columns of any type: text, numbers, dates, booleans)
     * to validated records. Each company's rows (by {@code company}, the SIREN) are one load, in
     * input order, checked by Mixité's loader on the executors: the same rules and messages as
     * on one machine, duplicate ids included (within a company, the scope of a payroll's
     * matricules). Other columns are ignored.
     *
     * @param source the name the rejections' positions give (e.g. the input path)
     */
    public static SparkRecords records(Dataset<Row> rows, String source) {
        Objects.requireNonNull(rows, "rows");
        Objects.requireNonNull(source, "source");
        String[] names = rows.columns();
        List<Column> kept = new ArrayList<>();
        int[] fieldIndex = new int[RecordField.values().length];
        int[] fieldColumn = new int[RecordField.values().length];
        Arrays.fill(fieldIndex, -1);
        Optional<String> companyColumn = Optional.empty();
        for (int i = 0; i < names.length; i++) {
            String name = names[i];
            Optional<RecordField> field = RecordField.byName(name).filter(f -> name.trim().equalsIgnoreCase(f.columnName()));
            if (field.isPresent() && fieldIndex[field.get().ordinal()] < 0) {
                fieldIndex[field.get().ordinal()] = kept.size();
                fieldColumn[field.get().ordinal()] = i + 1;
                kept.add(col(quoted(names[i])));
                if (field.get() == RecordField.COMPANY) {
                    companyColumn = Optional.of(names[i]);
                }
            }
        }
        Column company = companyColumn.map(c -> {
            Column text = col(quoted(c)).cast("string");
            return when(text.isNull().or(trim(text).equalTo("")), lit(IndicatorSuite.NO_COMPANY)).otherwise(text);
        }).orElse(lit(IndicatorSuite.NO_COMPANY));
        int keyIndex = kept.size();
        kept.add(company.as(KEY));
        kept.add(monotonically_increasing_id().as(ORDINAL));
        // A company's rows together, in input order: one load per company, as if each had its file.
        Dataset<Row> grouped = rows.select(kept.toArray(Column[]::new))
                .repartition(col(KEY))
                .sortWithinPartitions(col(KEY), col(ORDINAL));
        Dataset<Row> entries = grouped.mapPartitions(new RowValidation(source, fieldIndex, fieldColumn, keyIndex),
                Encoders.row(Entries.SCHEMA));
        return new SparkRecords(entries);
    }

    private static String quoted(String name) {
        return "`" + name.replace("`", "``") + "`";
    }

    /**
     * Reads DSN files (NEODeS monthly declarations) with Mixité's DSN adapter on the executors,
     * one task per path: a {@code .dsn} file, or a directory of one year's monthly files (read
     * as one year, as the CLI does). The paths must be readable by every executor (a shared
     * mount); people are keyed as the adapter's options say ({@code salt} for NIR hashes).
     */
    public static SparkRecords dsn(SparkSession spark, List<String> paths, AdapterSettings options) {
        Objects.requireNonNull(options, "options");
        List<String> all = List.copyOf(paths);
        java.util.HashMap<String, String> values = new java.util.HashMap<>(options.values()); // serialisable, unlike the settings
        JavaRDD<Row> entries = JavaSparkContext.fromSparkContext(spark.sparkContext())
                .parallelize(all, Math.max(1, all.size()))
                .flatMap(path -> EntryLoads.load(InputSource.of(java.nio.file.Path.of(path)), new DsnAdapter(), new AdapterSettings(values))
                        .iterator());
        return new SparkRecords(spark.createDataFrame(entries, Entries.SCHEMA));
    }

    /**
     * The indicators of each company (SIREN): one row per company with its report document in
     * {@code json} — byte for byte the {@code report.json} of a single-JVM run on the company's
     * records — and the headline columns: {@code workforce}, {@code read}/{@code accepted}/
     * {@code rejected}, {@code egapro_index}, France 2027 indicators A–D annual and hourly
     * ({@code a_annual}, {@code a_hourly}, …), E ({@code e_women}, {@code e_men}), F (women's
     * share per pay quartile, lowest first, {@code f_annual_women}, {@code f_hourly_women}),
     * and {@code technical_digital_women_share}.
     */
    public static Dataset<Row> perCompany(SparkRecords records, ReportSettings settings) {
        CompanyAggregator aggregator = new CompanyAggregator(settings);
        Dataset<Tuple2<String, Row>> companies = records.entries()
                .groupByKey((MapFunction<Row, String>) Entries::company, Encoders.STRING())
                .agg(aggregator.toColumn());
        return companies.map((MapFunction<Tuple2<String, Row>, Row>) Tuple2::_2, Encoders.row(CompanyResults.SCHEMA));
    }

    /**
     * The GIP-MDS figures of France 2027 (A–F per SIREN, regulations.md §2) of every company:
     * one row per company in the file's columns ({@code SIREN}, {@code Effectif_RCD}, …), each
     * figure as its exact decimal text. A company's accepted records are gathered in one task
     * ({@link GipCalculator} takes whole pay series).
     */
    public static Dataset<Row> gip(SparkRecords records, ReferencePeriod period, PayBasis basis) {
        return records.entries()
                .groupByKey((MapFunction<Row, String>) Entries::company, Encoders.STRING())
                .mapGroups(new GipRows(period, basis), Encoders.row(GipRows.SCHEMA));
    }

    /**
     * The GIP-MDS pre-fill file of every company at once, as {@code mixite paygap --format gip}
     * writes it for the same records (byte for byte): the figures computed on the executors,
     * the file — metadata, header, one line per SIREN in SIREN order — assembled on the driver
     * (it has one line per company, so it fits there even for a whole country).
     */
    public static String gipFile(SparkRecords records, ReferencePeriod period, PayBasis basis) {
        List<GipFigures> rows = gip(records, period, basis).collectAsList().stream().map(GipRows::figures)
                .sorted(java.util.Comparator.comparing(GipFigures::siren)).toList();
        return GipFormat.write(GipFormat.file(period, rows));
    }

    /**
     * One result over every record (a federation, a region, a country): the suites of the
     * partitions merged in a tree on the executors, the final one returned to the driver.
     */
    public static Total total(SparkRecords records, ReportSettings settings) {
        CompanyAggregator aggregator = new CompanyAggregator(settings);
        SuiteBuffer all = records.entries().toJavaRDD().treeAggregate(aggregator.zero(), aggregator::add,
                SuiteBuffer::merge);
        return new Total(all.suite().results(), all.summary());
    }

    /**
     * The result over everything.
     *
     * @param results every indicator, as {@code IndicatorSuite.results()} gives them
     * @param load    entries read, accepted and rejected over all companies
     */
    public record Total(IndicatorResults results, LoadSummary load) {

        /** The report document, as {@code report.json}. */
        public String json(String name) {
            return MixiteJson.toString(ReportJson.document(name, results, load).toJson());
        }
    }
}
