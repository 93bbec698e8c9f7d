package org.mixite.benchmarks;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.Consumer;

/**
 * The DuckDB side of the comparison: the same CSV → the pay-gap aggregations (read_csv + GROUP BY
 * with medians and quartiles). Used warm by {@link IndicatorBenchmarks#duckdb} and cold, in a
 * fresh JVM, by {@link #main} (bench/run times that beside a cold {@code ./mixite report}).
 */
public final class DuckDbQuery {

    private DuckDbQuery() {
    }

    static void run(Path csv, Consumer<Object> sink) throws SQLException {
        String sql = """
                WITH e AS (
                  SELECT sex,
                         CASE substr(job_code, 1, 1) WHEN '6' THEN 'ouv' WHEN '5' THEN 'emp' WHEN '4' THEN 'tam' WHEN '3' THEN 'ic' END AS csp,
                         (annual_base_pay + coalesce(annual_variable_pay, 0)) / (coalesce(weekly_hours, 35 * fte) * 52) AS hourly,
                         annual_variable_pay AS variable, bonus_12m AS bonus
                  FROM read_csv('%s', header = true))
                SELECT sex, csp, count(*), avg(hourly), median(hourly), quantile_cont(hourly, [0.25, 0.5, 0.75]),
                       count(*) FILTER (WHERE variable > 0), avg(variable) FILTER (WHERE variable > 0),
                       median(variable) FILTER (WHERE variable > 0), avg(bonus) FILTER (WHERE bonus > 0),
                       median(bonus) FILTER (WHERE bonus > 0)
                FROM e GROUP BY GROUPING SETS ((sex), (sex, csp))
                """.formatted(csv.toString().replace("'", "''"));
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(sql)) {
            while (rs.next()) {
                sink.accept(rs.getObject(4));
                sink.accept(rs.getObject(5));
            }
        }
    }

    /** A cold run: {@code java -cp benchmarks.jar org.mixite.benchmarks.DuckDbQuery FILE}; prints the row count. */
    public static void main(String[] args) throws SQLException {
        if (args.length != 1) {
            System.err.println("usage: DuckDbQuery FILE.csv");
            System.exit(2);
        }
        long[] values = {0};
        run(Path.of(args[0]), v -> values[0]++);
        System.out.println(values[0] / 2 + " result rows");
    }
}
