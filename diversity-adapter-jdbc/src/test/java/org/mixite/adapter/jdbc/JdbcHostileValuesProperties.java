package org.mixite.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;
import org.mixite.spi.MixiteException;
import org.mixite.spi.adapter.AdapterRegistry;
import org.mixite.spi.adapter.AdapterSettings;
import org.mixite.spi.adapter.InputSource;
import org.mixite.spi.load.DatasetLoader;
import org.mixite.spi.load.LoadMode;
import org.mixite.spi.load.LoadResult;
import org.mixite.spi.load.Rejection;

/**
 * Issue 19, item 2, for the JDBC adapter: hostile values stored in a database table — huge and
 * tiny numbers, NaN and infinities in floating-point columns, negative zero, dates at the ends of
 * the calendar, 10,000-character texts, control characters, formulas — are read as records or
 * rejected rows naming their line and field, or end the load with Mixité's own exception;
 * never another exception. The bytes of a file cannot reach this adapter, so the table's typed
 * columns are what is fuzzed here (the adapter kit covers bad queries and options).
 */
class JdbcHostileValuesProperties {

    private static final String URL = "jdbc:h2:mem:mixite_jdbc_hostile;DB_CLOSE_DELAY=-1";
    private static final String COLUMNS = "id VARCHAR(20000), sex VARCHAR(20000), birth_date DATE,"
            + " hire_date TIMESTAMP WITH TIME ZONE, exit_date VARCHAR(20000), fte DOUBLE PRECISION,"
            + " annual_base_pay DECIMAL(100000, 50), hourly_pay DOUBLE PRECISION, weekly_hours VARCHAR(20000),"
            + " bonus_12m REAL, raised BOOLEAN, promoted VARCHAR(20000), category VARCHAR(20000), birth_year BIGINT";
    private static final int WIDTH = 14;
    private static Connection keepAlive;

    @BeforeContainer
    static void open() throws SQLException {
        keepAlive = DriverManager.getConnection(URL);
    }

    @AfterContainer
    static void close() throws SQLException {
        keepAlive.close();
    }

    @Property(tries = 1000)
    @Label("issue 19: hostile values in a table end as records, rejections naming line and field, or a MixiteException")
    void hostileValuesNeverCrash(@ForAll("tables") List<Object[]> rows) throws SQLException {
        try (Statement sql = keepAlive.createStatement()) {
            sql.execute("DROP TABLE IF EXISTS hostile");
            sql.execute("CREATE TABLE hostile (" + COLUMNS + ")");
        }
        try (PreparedStatement insert = keepAlive.prepareStatement("INSERT INTO hostile VALUES (" + "?,".repeat(WIDTH - 1) + "?)")) {
            for (Object[] row : rows) {
                for (int i = 0; i < WIDTH; i++) {
                    insert.setObject(i + 1, row[i]);
                }
                insert.addBatch();
            }
            insert.executeBatch();
        }

        LoadResult result;
        try {
            result = DatasetLoader.builder().mode(LoadMode.LENIENT).registry(AdapterRegistry.of(new JdbcAdapter()))
                    .settings(new AdapterSettings(Map.of(JdbcAdapter.TABLE, "hostile")))
                    .build().load(InputSource.of(URI.create(URL)));
        } catch (MixiteException expected) {
            assertThat(expected.getMessage()).as("an input error says where").contains("jdbc:h2:mem:mixite_jdbc_hostile");
            Statistics.collect("input error");
            return;
        }
        Statistics.collect(result.rejections().isEmpty() ? "all accepted" : result.records().isEmpty() ? "all rejected" : "some rejected");
        assertThat(result.summary().read()).isEqualTo(rows.size());
        assertThat(result.summary().accepted() + result.summary().rejected()).isEqualTo(rows.size());
        assertThat(result.records().size() + result.rejections().size()).isEqualTo(rows.size());
        for (Rejection rejection : result.rejections()) {
            assertThat(rejection.position().line()).as(rejection.toString()).isPresent();
            assertThat(rejection.position().line().getAsLong()).isBetween(1L, (long) rows.size());
            assertThat(rejection.violations()).as(rejection.toString()).isNotEmpty()
                    .allSatisfy(v -> assertThat(v.field()).isNotBlank());
        }
    }

    @Provide
    Arbitrary<List<Object[]>> tables() {
        return row().list().ofMinSize(1).ofMaxSize(12);
    }

    /** A plausible row with one to four of its values replaced by hostile ones. */
    private Arbitrary<Object[]> row() {
        Arbitrary<Object[]> plain = Arbitraries.integers().between(1, 1_000_000).map(n -> new Object[] {
                "E" + n, n % 2 == 0 ? "F" : "M", LocalDate.of(1960 + n % 40, 1 + n % 12, 1 + n % 28),
                OffsetDateTime.of(2010 + n % 15, 1 + n % 12, 1 + n % 28, 9, 0, 0, 0, ZoneOffset.UTC), null, 1.0,
                new BigDecimal(30_000 + n % 50_000), 20.5, "35", 1_000.0f, n % 3 == 0, "false", "cadre", null});
        Arbitrary<int[]> where = Arbitraries.integers().between(0, WIDTH - 1).array(int[].class).ofMinSize(1).ofMaxSize(4);
        Arbitrary<Object[]> values = Arbitraries.integers().between(0, 9_999).array(int[].class).ofSize(4)
                .map(seeds -> Arrays.stream(seeds).mapToObj(s -> (Object) s).toArray());
        return Combinators.combine(plain, where, values).as((base, columns, seeds) -> {
            Object[] row = base.clone();
            for (int k = 0; k < columns.length; k++) {
                row[columns[k]] = hostile(columns[k], (Integer) seeds[k % seeds.length]);
            }
            return row;
        });
    }

    /** A hostile value of the column's SQL type (null included: a required column may be NULL). */
    private static Object hostile(int column, int seed) {
        String[] texts = {"", " ", "=HYPERLINK(\"http://x\")", "@SUM(1)", "\u0000\u001b[31m", "NaN", "Infinity", "-0",
                "1e400", "-1e-400", "x".repeat(10_000), "\uFEFFF", "F\rM", "2025-02-30", "99999-01-01", "\uD800",
                "0x1F", "1,5", "١٢٣", "true\n"};
        double[] doubles = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, -0.0, Double.MAX_VALUE,
                Double.MIN_VALUE, -Double.MAX_VALUE, 1e-300, 1e300, 0.0099999, 1.0000001, -1};
        LocalDate[] dates = {LocalDate.of(-999_999, 1, 1), LocalDate.of(999_999, 12, 31), LocalDate.of(1, 1, 1),
                LocalDate.of(1899, 12, 31), LocalDate.of(2101, 1, 1), LocalDate.of(2099, 12, 31)};
        if (seed % 11 == 0) {
            return null;
        }
        return switch (column) {
            case 2 -> dates[seed % dates.length];
            case 3 -> OffsetDateTime.of(dates[seed % dates.length].atStartOfDay(),
                    seed % 2 == 0 ? ZoneOffset.MAX : ZoneOffset.MIN);
            case 5, 7 -> doubles[seed % doubles.length];
            case 6 -> new BigDecimal(seed % 3 == 0 ? "9".repeat(40_000) : seed % 3 == 1 ? "-1E-49" : "123456789012345678901234567890.5");
            case 9 -> (float) doubles[seed % doubles.length];
            case 10 -> seed % 2 == 0;
            case 13 -> seed % 2 == 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
            default -> texts[seed % texts.length];
        };
    }
}
