package org.mixite.adapter.jdbc;

import java.net.URI;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mixite.adapter.tck.AdapterCompatibilityKit;
import org.mixite.adapter.tck.Sample;
import org.mixite.spi.adapter.AdapterSettings;
import org.mixite.spi.adapter.HrisAdapter;
import org.mixite.spi.adapter.InputSource;
import org.mixite.spi.model.EmployeeRecord;

/** The JDBC adapter passes the compatibility kit on a real PostgreSQL server. */
@Tag("postgres")
@ExtendWith(PostgresServer.class)
@DisplayName("The JDBC adapter passes the adapter compatibility kit on PostgreSQL")
class JdbcAdapterCompatibilityTest extends AdapterCompatibilityKit {

    private static final String SCHEMA = PostgresServer.schemaOf(JdbcAdapterCompatibilityTest.class);
    private static final AtomicInteger TABLES = new AtomicInteger();

    @BeforeAll
    static void createTables() throws SQLException {
        try (Connection connection = PostgresServer.connect(SCHEMA); Statement sql = connection.createStatement()) {
            sql.execute("""
                    CREATE TABLE sample (id text, sex text, birth_date date, establishment text, fte numeric(3,2),
                      annual_base_pay numeric(12,2), raised boolean)""");
            sql.execute("""
                    INSERT INTO sample VALUES
                      ('S1', 'F', '1980-01-02', 'Paris', 1, 41000, true),
                      ('S2', 'M', '1977-03-04', 'Lyon', 0.8, 39000.5, false),
                      ('S3', 'F', '1990-05-06', NULL, NULL, NULL, NULL),
                      ('S4', 'M', '1969-07-08', 'Paris', 2, 30000, false),
                      ('S5', 'X', '1985-09-10', 'Lille', 0.5, 28000, true),
                      ('S6', 'F', '1979-11-12', 'Paris', 1, 50000, false)""");
            sql.execute("""
                    CREATE TABLE garbage (id text, sex text, birth_date date, birth_year numeric, fte double precision,
                      annual_base_pay numeric, raised text, hire_date timestamptz, company bytea, level text[], category jsonb)""");
            sql.execute("""
                    INSERT INTO garbage VALUES
                      (NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
                      ('', 'F', 'infinity', 1e30, 'NaN', 'NaN', 'maybe', '-infinity', '\\x00ff', '{a,b}', '{"a": 1}'),
                      (E'\\x01\\x02ctrl', 'Q', '-infinity', -1, 'Infinity', -5, '2', '0001-01-01 00:00:00+00', '', '{}', 'null'),
                      (repeat('x', 100000), 'M', '4713-01-01 BC', 1980.5, 1e308, 1e100, 'true', 'epoch', NULL, NULL, '[]')""");
        }
    }

    private static InputSource database() {
        return InputSource.of(URI.create(PostgresServer.schemaUrl(SCHEMA)));
    }

    private static Sample sample(String option, String value) {
        return Sample.of(database(), new AdapterSettings(java.util.Map.of(JdbcAdapter.USER, PostgresServer.user(),
                JdbcAdapter.PASSWORD, PostgresServer.password(), option, value)));
    }

    @Override
    protected HrisAdapter adapter() {
        return new JdbcAdapter();
    }

    @Override
    protected Sample validSample() {
        return sample(JdbcAdapter.QUERY, "SELECT * FROM sample ORDER BY id");
    }

    @Override
    protected long validSampleRecords() {
        return 5;
    }

    @Override
    protected long validSampleRejections() {
        return 1; // S4: fte 2
    }

    @Override
    protected Sample write(Iterator<EmployeeRecord> records, java.nio.file.Path directory) throws SQLException {
        String table = "written_" + TABLES.incrementAndGet();
        try (Connection connection = PostgresServer.connect(SCHEMA)) {
            try (Statement sql = connection.createStatement()) {
                sql.execute("CREATE TABLE " + table + " (id text, sex text, birth_date date, establishment text,"
                        + " job_code text, hire_date date, fte numeric, annual_base_pay numeric, raised boolean)");
            }
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + table + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                int batch = 0;
                while (records.hasNext()) {
                    EmployeeRecord r = records.next();
                    insert.setString(1, r.id());
                    insert.setString(2, r.sex().code());
                    insert.setObject(3, r.birthDate().orElse(null), Types.DATE);
                    insert.setString(4, r.establishment().orElse(null));
                    insert.setString(5, r.jobCode().orElse(null));
                    insert.setObject(6, r.hireDate().map(Date::valueOf).orElse(null), Types.DATE);
                    insert.setBigDecimal(7, r.fte());
                    insert.setBigDecimal(8, r.annualBasePay().orElse(null));
                    insert.setBoolean(9, r.raised());
                    insert.addBatch();
                    if (++batch % 1000 == 0) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
            connection.commit();
        }
        return sample(JdbcAdapter.TABLE, table);
    }

    /** Generated by the server, which is far faster than inserting 100,000 rows. */
    @Override
    protected Sample largeSample(int n, java.nio.file.Path directory) throws SQLException {
        String table = "large_" + TABLES.incrementAndGet();
        try (Connection connection = PostgresServer.connect(SCHEMA); Statement sql = connection.createStatement()) {
            sql.execute("CREATE TABLE " + table + " AS SELECT 'E' || lpad(g::text, 7, '0') AS id,"
                    + " CASE WHEN g % 2 = 0 THEN 'M' ELSE 'F' END AS sex, DATE '1960-01-01' + (g % 14000) AS birth_date,"
                    + " 'Paris' AS establishment, '388a' AS job_code, (28000 + g % 40000)::numeric(12,2) AS annual_base_pay,"
                    + " g % 3 = 0 AS raised FROM generate_series(1, " + n + ") AS g");
        }
        return sample(JdbcAdapter.QUERY, "SELECT * FROM " + table + " ORDER BY id");
    }

    @Override
    protected int largeSampleSize() {
        return 100_000;
    }

    /** Queries and options a database user might get wrong, and a table of SQL oddities. */
    @Override
    protected List<Sample> garbageSamples() {
        List<Sample> garbage = new ArrayList<>();
        for (String query : List.of("SELECT * FROM garbage", "SELECT 1", "this is not SQL", "SELECT * FROM no_such_table",
                "SELECT id, sex, birth_year FROM garbage", "SELECT 1; SELECT 2", "DELETE FROM sample",
                "SELECT id, sex, birth_date, company, level, category FROM garbage",
                "SELECT id AS id, id AS ID, sex, birth_year FROM garbage", "SELECT 'x' AS id, 'F' AS sex, 1/0 AS birth_year",
                "SELECT * FROM garbage, generate_series(1, 3)", "   ")) {
            garbage.add(sample(JdbcAdapter.QUERY, query).labelled("query: " + query));
        }
        garbage.add(sample(JdbcAdapter.TABLE, "garbage; DROP TABLE sample").labelled("table with SQL"));
        garbage.add(sample(JdbcAdapter.TABLE, "garbage").with(JdbcAdapter.FETCH_SIZE, "-3").labelled("negative fetch size"));
        garbage.add(sample(JdbcAdapter.TABLE, "garbage").with(JdbcAdapter.FETCH_SIZE, "lots").labelled("fetch size not a number"));
        garbage.add(sample(JdbcAdapter.TABLE, "garbage").with(JdbcAdapter.MAPPING, "=,x=nothing").labelled("bad mapping"));
        garbage.add(sample(JdbcAdapter.TABLE, "garbage").with(JdbcAdapter.QUERY, "SELECT 1").labelled("both table and query"));
        garbage.add(sample(JdbcAdapter.TABLE, "garbage").with(JdbcAdapter.PASSWORD, "wrong").labelled("wrong password"));
        garbage.add(Sample.of(InputSource.of(URI.create("jdbc:nosuchdriver://x/y")), new AdapterSettings(java.util.Map.of(
                JdbcAdapter.TABLE, "garbage"))).labelled("no driver"));
        garbage.add(Sample.of(InputSource.of(URI.create("jdbc:postgresql://127.0.0.1:1/nothing?connectTimeout=2")),
                new AdapterSettings(java.util.Map.of(JdbcAdapter.TABLE, "garbage"))).labelled("no server"));
        return garbage;
    }

    /** The server's sessions on this database other than the counting one. */
    @Override
    protected OptionalLong openResources(Sample sample) throws SQLException {
        try (Connection connection = PostgresServer.connect(); Statement sql = connection.createStatement();
             ResultSet rows = sql.executeQuery("SELECT count(*) FROM pg_stat_activity"
                     + " WHERE datname = current_database() AND pid <> pg_backend_pid() AND backend_type = 'client backend'")) {
            rows.next();
            return OptionalLong.of(rows.getLong(1));
        }
    }

}
