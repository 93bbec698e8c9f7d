package org.mixite.samples.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mixite.adapters.csv.CanonicalCsvWriter;
import org.mixite.core.report.IndicatorSuite;
import org.mixite.core.report.IndicatorSuite.ReportSettings;
import org.mixite.json.MixiteJson;
import org.mixite.json.ReportJson;
import org.mixite.samples.demo.DemoDataGenerator;
import org.mixite.spi.adapter.InputSource;
import org.mixite.spi.load.DatasetLoader;
import org.mixite.spi.load.LoadMode;
import org.mixite.spi.load.LoadResult;
import org.mixite.spi.model.EmployeeRecord;
import org.mixite.spi.model.ReferencePeriod;

/** The sample job run as spark-submit would run it, in local mode (spark.master from a system property). */
class CompanyReportsJobTest {

    @TempDir
    Path dir;

    @Test
    @DisplayName("the job writes one row per company with the single-JVM report.json, the rejections and the total")
    void runsInLocalMode() throws Exception {
        // The demo federation: 3 companies, 3,000 people, plus one row with an unreadable sex.
        List<EmployeeRecord> records = new DemoDataGenerator(2025, 3_000, 3, 2025).records().toList();
        StringWriter text = new StringWriter();
        try (CanonicalCsvWriter csv = new CanonicalCsvWriter(text)) {
            for (EmployeeRecord r : records) {
                csv.write(r);
            }
        }
        List<String> header = List.of(text.toString().lines().findFirst().orElseThrow().split(","));
        String[] broken = new String[header.size()];
        java.util.Arrays.fill(broken, "");
        broken[header.indexOf("id")] = "BROKEN-1";
        broken[header.indexOf("sex")] = "Q";
        broken[header.indexOf("birth_date")] = "1980-01-01";
        broken[header.indexOf("company")] = "NUMERIA";
        String file = text + String.join(",", broken) + "\n";
        Path input = dir.resolve("payroll.csv");
        Files.writeString(input, file);
        Path out = dir.resolve("out");

        System.setProperty("spark.master", "local[2]");
        System.setProperty("spark.ui.enabled", "false");
        System.setProperty("spark.sql.shuffle.partitions", "4");
        try {
            CompanyReportsJob.main(new String[] {"csv", input.toString(), out.toString(), "2025"});
        } finally {
            System.clearProperty("spark.master");
        }

        ReportSettings settings = ReportSettings.of(ReferencePeriod.calendarYear(2025));
        LoadResult numeria = DatasetLoader.builder().mode(LoadMode.LENIENT).build().load(InputSource.of(input.toString(),
                onlyCompany(file, "NUMERIA").getBytes(StandardCharsets.UTF_8)));
        IndicatorSuite suite = new IndicatorSuite(settings);
        numeria.records().forEach(suite::add);
        String expected = MixiteJson.toString(ReportJson.document("NUMERIA", suite.results(), numeria.summary()).toJson());

        try (SparkSession spark = SparkSession.builder().master("local[1]").config("spark.ui.enabled", "false").getOrCreate()) {
            List<Row> companies = spark.read().parquet(out.resolve("companies").toString()).collectAsList();
            assertThat(companies).extracting(r -> r.<String>getAs("company"))
                    .containsExactlyInAnyOrder("NUMERIA", "OCCITECH", "DATAFORGE");
            Row row = companies.stream().filter(r -> "NUMERIA".equals(r.getAs("company"))).findFirst().orElseThrow();
            assertThat(row.<String>getAs("json")).isEqualTo(expected);
            assertThat(row.<Long>getAs("rejected")).isEqualTo(1);
            List<Row> rejections = spark.read().option("header", "true").csv(out.resolve("rejections").toString()).collectAsList();
            assertThat(rejections).extracting(r -> r.<String>getAs("id")).containsExactly("BROKEN-1");
            assertThat(rejections.get(0).<String>getAs("field")).isEqualTo("sex");
            assertThat(rejections.get(0).<String>getAs("message")).isEqualTo(numeria.rejections().get(0).violations().get(0).message());
        }
        assertThat(Files.readString(out.resolve("total.json"))).contains("\"accepted\" : 3000", "\"rejected\" : 1");
        assertThat(Files.readString(out.resolve("gip.csv")).lines()).hasSize(3 + 3); // metadata, header, 3 companies
    }

    /** The header and the rows of one company. */
    private static String onlyCompany(String csv, String company) {
        List<String> kept = new ArrayList<>();
        String[] lines = csv.split("\n");
        kept.add(lines[0]);
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].contains("," + company + ",")) {
                kept.add(lines[i]);
            }
        }
        return String.join("\n", kept) + "\n";
    }
}
