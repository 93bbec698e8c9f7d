package org.mixite.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.net.URI;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mixite.spi.ConfigurationException;
import org.mixite.spi.InputException;
import org.mixite.spi.adapter.AdapterRegistry;
import org.mixite.spi.adapter.AdapterSettings;
import org.mixite.spi.adapter.InputSource;
import org.mixite.spi.load.DatasetLoader;
import org.mixite.spi.load.LoadMode;
import org.mixite.spi.load.LoadResult;
import org.mixite.spi.load.LoadSummary;
import org.mixite.spi.load.RecordSink;
import org.mixite.spi.load.Rejection;
import org.mixite.spi.model.ContractType;
import org.mixite.spi.model.EmployeeRecord;
import org.mixite.spi.model.ManagementLevel;
import org.mixite.spi.model.Sex;

/** The JDBC adapter against a real PostgreSQL server: SQL types, NULLs, mapping, errors, 100,000 rows. */
@Tag("postgres")
@ExtendWith(PostgresServer.class)
@DisplayName("The JDBC adapter on PostgreSQL")
class JdbcAdapterPostgresTest {

    private static final String SCHEMA = PostgresServer.schemaOf(JdbcAdapterPostgresTest.class);

    @BeforeAll
    static void createTables() throws SQLException {
        try (Connection connection = PostgresServer.connect(SCHEMA); Statement sql = connection.createStatement()) {
            sql.execute("""
                    CREATE TABLE typed (
                      id varchar(20), sex char(1), birth_date date, birth_year integer, establishment text,
                      job_code varchar(8), management_level text, contract text, hire_date timestamp,
                      exit_date timestamptz, fte numeric(4,2), weekly_hours real, annual_base_pay numeric(12,2),
                      bonus_12m double precision, days_present smallint, raised boolean, promoted boolean,
                      comment text)""");
            sql.execute("""
                    INSERT INTO typed VALUES
                      ('A1', 'F', DATE '1980-04-02', NULL, 'Paris', '388a', 'executive', 'fixed_term',
                       TIMESTAMP '2010-01-15 09:30:00', TIMESTAMPTZ '2025-06-30 12:00:00+00', 0.80, 35.5, 52000.50,
                       1234.56, 210, true, false, 'ignored'),
                      ('A2', 'M', NULL, 1975, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
                      ('A3', 'Q', NULL, 1990, NULL, NULL, NULL, NULL, NULL, NULL, 1.5, NULL, NULL, NULL, NULL, NULL, NULL, NULL)""");
            sql.execute("CREATE TABLE salaries (matricule integer, sexe text, naissance numeric(4,0), salaire_base numeric(10,2))");
            sql.execute("INSERT INTO salaries VALUES (1001, 'F', 1981, 41000.00), (1002, 'M', 1979, 39000.10)");
            sql.execute("""
                    CREATE TABLE big AS SELECT 'E' || lpad(g::text, 7, '0') AS id,
                      CASE WHEN g % 2 = 0 THEN 'M' ELSE 'F' END AS sex,
                      DATE '1960-01-01' + (g % 14000) AS birth_date,
                      (28000 + g % 40000)::numeric(12,2) AS annual_base_pay,
                      g % 3 = 0 AS raised
                    FROM generate_series(1, 100000) AS g""");
        }
    }

    private static InputSource database() {
        return InputSource.of(URI.create(PostgresServer.schemaUrl(SCHEMA)));
    }

    private static AdapterSettings credentials() {
        return new AdapterSettings(java.util.Map.of(JdbcAdapter.USER, PostgresServer.user(), JdbcAdapter.PASSWORD, PostgresServer.password()));
    }

    private static LoadResult load(AdapterSettings settings) {
        return DatasetLoader.builder().mode(LoadMode.LENIENT).registry(AdapterRegistry.of(new JdbcAdapter()))
                .settings(settings).build().load(database());
    }

    @Test
    @DisplayName("SQL types map onto fields: dates, timestamps, exact numerics, reals, booleans, codes")
    void typesMapOntoFields() {
        LoadResult result = load(credentials().with(JdbcAdapter.QUERY, "SELECT * FROM typed WHERE id = 'A1'"));
        assertThat(result.rejections()).extracting(r -> r.violations().toString()).isEmpty();
        EmployeeRecord a1 = result.records().get(0);
        assertThat(a1.id()).isEqualTo("A1");
        assertThat(a1.sex()).isEqualTo(Sex.FEMALE);
        assertThat(a1.birthDate()).contains(LocalDate.of(1980, 4, 2));
        assertThat(a1.establishment()).contains("Paris");
        assertThat(a1.jobCode()).contains("388a");
        assertThat(a1.managementLevel()).isEqualTo(ManagementLevel.EXECUTIVE);
        assertThat(a1.contract()).isEqualTo(ContractType.FIXED_TERM);
        assertThat(a1.hireDate()).as("a timestamp gives its date").contains(LocalDate.of(2010, 1, 15));
        assertThat(a1.exitDate()).as("a timestamptz gives its date in UTC").contains(LocalDate.of(2025, 6, 30));
        assertThat(a1.fte()).as("numeric keeps its exact value and scale").isEqualTo(new BigDecimal("0.80"));
        assertThat(a1.weeklyHours()).as("real gives its shortest decimal").contains(new BigDecimal("35.5"));
        assertThat(a1.annualBasePay()).contains(new BigDecimal("52000.50"));
        assertThat(a1.bonus12m()).as("double precision gives its shortest decimal").contains(new BigDecimal("1234.56"));
        assertThat(a1.daysPresent()).contains(210);
        assertThat(a1.raised()).isTrue();
        assertThat(a1.promoted()).isFalse();
        assertThat(result.summary().warnings()).singleElement().asString().contains("comment").doesNotContain(PostgresServer.password() + "@");
    }

    @Test
    @DisplayName("SQL NULL means an absent value: the record's defaults apply")
    void nullsAreAbsent() {
        LoadResult result = load(credentials().with(JdbcAdapter.QUERY, "SELECT * FROM typed WHERE id = 'A2'"));
        EmployeeRecord a2 = result.records().get(0);
        assertThat(a2.birthDate()).isEmpty();
        assertThat(a2.birthYear()).contains(1975);
        assertThat(a2.establishment()).isEmpty();
        assertThat(a2.hireDate()).isEmpty();
        assertThat(a2.annualBasePay()).isEmpty();
        assertThat(a2.bonus12m()).isEmpty();
        assertThat(a2.daysPresent()).isEmpty();
        assertThat(a2.fte()).isEqualTo(BigDecimal.ONE);
        assertThat(a2.contract()).isEqualTo(ContractType.PERMANENT);
        assertThat(a2.managementLevel()).isEqualTo(ManagementLevel.NONE);
        assertThat(a2.raised()).isFalse();
    }

    @Test
    @DisplayName("an invalid row is rejected with its row number and field; the others load")
    void invalidRowsAreRejected() {
        LoadResult result = load(credentials().with(JdbcAdapter.TABLE, "typed"));
        assertThat(result.summary().read()).isEqualTo(3);
        assertThat(result.records()).extracting(EmployeeRecord::id).containsExactlyInAnyOrder("A1", "A2");
        Rejection a3 = result.rejections().get(0);
        assertThat(a3.id()).contains("A3");
        assertThat(a3.position().line()).hasValue(3);
        // Its unreadable sex and, checked at the same time, its fte of 1.5: one round of corrections.
        assertThat(a3.violations()).extracting(v -> v.field()).containsExactly("sex", "fte");
    }

    @Test
    @DisplayName("a table with other column names maps through the mapping option, numerics to ids and years")
    void mappingOption() {
        LoadResult result = load(credentials().with(JdbcAdapter.TABLE, SCHEMA + ".salaries")
                .with(JdbcAdapter.MAPPING, "matricule=id, sexe=sex, naissance=birth_year, salaire_base=annual_base_pay"));
        assertThat(result.rejections()).isEmpty();
        assertThat(result.records()).extracting(EmployeeRecord::id).containsExactly("1001", "1002");
        assertThat(result.records().get(0).birthYear()).contains(1981);
        assertThat(result.records().get(1).annualBasePay()).contains(new BigDecimal("39000.10"));
    }

    @Test
    @DisplayName("credentials may come from the URL; the password never appears in positions")
    void credentialsFromUrl() {
        String url = PostgresServer.schemaUrl(SCHEMA) + "&user=" + PostgresServer.user() + "&password=" + PostgresServer.password();
        LoadResult result = DatasetLoader.builder().mode(LoadMode.LENIENT).registry(AdapterRegistry.of(new JdbcAdapter()))
                .settings(new AdapterSettings(java.util.Map.of(JdbcAdapter.TABLE, "typed"))).build()
                .load(InputSource.of(URI.create(url)));
        assertThat(result.summary().accepted()).isEqualTo(2);
        assertThat(result.rejections().get(0).position().source()).doesNotContain("password").doesNotContain("?");
    }

    @Test
    @DisplayName("100,000 rows stream through the loader with a fetch size, in seconds")
    void streamsHundredThousandRows() {
        long[] accepted = {0};
        long start = System.nanoTime();
        LoadSummary summary = DatasetLoader.builder().mode(LoadMode.STRICT).registry(AdapterRegistry.of(new JdbcAdapter()))
                .settings(credentials().with(JdbcAdapter.QUERY, "SELECT * FROM big ORDER BY id").with(JdbcAdapter.FETCH_SIZE, "500"))
                .build().stream(database(), new RecordSink() {
                    @Override
                    public void accept(EmployeeRecord record) {
                        accepted[0]++;
                    }

                    @Override
                    public void reject(Rejection rejection) {
                        throw new AssertionError(rejection);
                    }
                });
        assertThat(summary.read()).isEqualTo(100_000);
        assertThat(accepted[0]).isEqualTo(100_000);
        assertThat((System.nanoTime() - start) / 1_000_000_000).as("seconds").isLessThan(60);
    }

    @Test
    @DisplayName("a query that fails is an input error naming the database, not a crash")
    void failingQuery() {
        assertThatThrownBy(() -> load(credentials().with(JdbcAdapter.QUERY, "SELECT * FROM no_such_table")))
                .isInstanceOf(InputException.class).hasMessageContaining("no_such_table").hasMessageContaining("42P01");
    }

    @Test
    @DisplayName("a write is refused: the connection is read-only")
    void readOnly() throws SQLException {
        assertThatThrownBy(() -> load(credentials().with(JdbcAdapter.QUERY,
                "INSERT INTO salaries VALUES (1, 'F', 1980, 1) RETURNING matricule AS id, sexe AS sex, naissance AS birth_year")))
                .isInstanceOf(InputException.class).hasMessageContaining("read-only");
        try (Connection connection = PostgresServer.connect(SCHEMA); Statement sql = connection.createStatement();
             var rows = sql.executeQuery("SELECT count(*) FROM salaries")) {
            rows.next();
            assertThat(rows.getInt(1)).isEqualTo(2);
        }
    }

    @Test
    @DisplayName("a wrong password is a configuration error that does not echo it")
    void wrongPassword() {
        assertThatThrownBy(() -> load(new AdapterSettings(java.util.Map.of(JdbcAdapter.USER, PostgresServer.user(),
                JdbcAdapter.PASSWORD, "not-the-password-xyz", JdbcAdapter.TABLE, "typed"))))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("cannot connect")
                .hasMessageNotContaining("not-the-password-xyz");
    }

    @Test
    @DisplayName("a result without an id, sex or birth column is refused up front")
    void missingColumns() {
        assertThatThrownBy(() -> load(credentials().with(JdbcAdapter.QUERY, "SELECT id, establishment FROM typed")))
                .isInstanceOf(InputException.class).hasMessageContaining("sex").hasMessageContaining("birth_date or birth_year");
    }
}
