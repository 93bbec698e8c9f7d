package org.mixite.samples.spark;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.mixite.core.indicators.france.PayBasis;
import org.mixite.core.report.IndicatorSuite.ReportSettings;
import org.mixite.spark.MixiteSpark;
import org.mixite.spark.SparkRecords;
import org.mixite.spi.adapter.AdapterSettings;
import org.mixite.spi.model.ReferencePeriod;

/**
 * Every company's report on Spark, as a {@code spark-submit} job:
 *
 * <pre>
 * spark-submit --class org.mixite.samples.spark.CompanyReportsJob --master local[2] \
 *     samples/spark-job/target/mixite-spark-job.jar csv payroll.csv out 2025
 * </pre>
 *
 * Arguments: the input format ({@code csv}, {@code parquet}, or {@code dsn} for DSN files or
 * monthly directories, comma-separated), the input path, the output directory, the reference
 * year. Writes {@code out/companies} (Parquet: one row per company, headline columns and the
 * {@code json} document), {@code out/rejections} (CSV, the CLI's rejects columns) and
 * {@code out/total.json} (the report over everything) and {@code out/gip.csv} (the GIP-MDS
 * pre-fill file of France 2027, every SIREN), both on the driver's disk.
 */
public final class CompanyReportsJob {

    private CompanyReportsJob() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 4) {
            System.err.println("usage: CompanyReportsJob csv|parquet|dsn INPUT OUT_DIR YEAR");
            System.exit(2);
        }
        String format = args[0];
        String input = args[1];
        Path out = Path.of(args[2]);
        ReportSettings settings = ReportSettings.of(ReferencePeriod.calendarYear(Integer.parseInt(args[3])));
        SparkSession spark = SparkSession.builder().appName("mixite-company-reports").getOrCreate();
        try {
            SparkRecords records = switch (format) {
                case "csv" -> MixiteSpark.records(spark.read().option("header", "true").option("escape", "\"").csv(input), input);
                case "parquet" -> MixiteSpark.records(spark.read().parquet(input), input);
                case "dsn" -> MixiteSpark.dsn(spark, List.of(input.split(",")), AdapterSettings.NONE);
                default -> throw new IllegalArgumentException("unknown format '" + format + "' (csv, parquet or dsn)");
            };
            records = records.cache(); // validated once, read by the three outputs
            Dataset<Row> companies = MixiteSpark.perCompany(records, settings);
            companies.write().mode(SaveMode.Overwrite).parquet(out.resolve("companies").toString());
            records.rejections().write().mode(SaveMode.Overwrite).option("header", "true")
                    .csv(out.resolve("rejections").toString());
            MixiteSpark.Total total = MixiteSpark.total(records, settings);
            Files.createDirectories(out);
            Files.writeString(out.resolve("total.json"), total.json("all companies"), StandardCharsets.UTF_8);
            Files.writeString(out.resolve("gip.csv"), MixiteSpark.gipFile(records, settings.period(), PayBasis.FULL_TIME_EQUIVALENT),
                    StandardCharsets.UTF_8);
            System.out.println(total.load());
        } finally {
            spark.stop();
        }
    }
}
