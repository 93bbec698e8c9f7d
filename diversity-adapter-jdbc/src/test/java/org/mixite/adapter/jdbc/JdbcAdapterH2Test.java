package org.mixite.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.mixite.spi.ConfigurationException;
import org.mixite.spi.adapter.AdapterRegistry;
import org.mixite.spi.adapter.AdapterSettings;
import org.mixite.spi.adapter.InputSource;
import org.mixite.spi.adapter.Probe;
import org.mixite.spi.load.DatasetLoader;
import org.mixite.spi.load.LoadMode;
import org.mixite.spi.load.LoadResult;
import org.mixite.spi.model.EmployeeRecord;
import org.mixite.spi.model.Sex;

/**
 * Quick checks on an embedded H2 database, for local runs without PostgreSQL. They do not
 * replace the PostgreSQL tests: H2 is not the server users have, and it buffers results.
 */
@DisplayName("The JDBC adapter on an embedded H2 database")
class JdbcAdapterH2Test {

    private static final String URL = "jdbc:h2:mem:mixite_jdbc_test;DB_CLOSE_DELAY=-1";
    private static Connection keepAlive;

    @BeforeAll
    static void createTable() throws SQLException {
        keepAlive = DriverManager.getConnection(URL);
        try (Statement sql = keepAlive.createStatement()) {
            sql.execute("CREATE TABLE personnel (matricule BIGINT, sexe CHAR(1), naissance DATE, embauche TIMESTAMP,"
                    + " taux DECIMAL(4,2), salaire DOUBLE PRECISION, augmente BOOLEAN, promu TINYINT)");
            sql.execute("INSERT INTO personnel VALUES (7, 'F', DATE '1984-02-29', TIMESTAMP '2011-09-01 08:00:00', 0.90, 45678.9, TRUE, 1),"
                    + " (8, 'M', DATE '1970-12-31', NULL, NULL, NULL, NULL, NULL)");
        }
    }

    @AfterAll
    static void dropDatabase() throws SQLException {
        keepAlive.close();
    }

    private static LoadResult load(Map<String, String> options) {
        return DatasetLoader.builder().mode(LoadMode.LENIENT).registry(AdapterRegistry.of(new JdbcAdapter()))
                .settings(new AdapterSettings(options)).build().load(InputSource.of(URI.create(URL)));
    }

    @Test
    @DisplayName("a table with a mapping gives typed records; NULLs are absent")
    void tableWithMapping() {
        LoadResult result = load(Map.of(JdbcAdapter.TABLE, "personnel", JdbcAdapter.MAPPING,
                "matricule=id,sexe=sex,naissance=birth_date,embauche=hire_date,taux=fte,salaire=annual_base_pay,augmente=raised,promu=promoted"));
        assertThat(result.rejections()).isEmpty();
        EmployeeRecord first = result.records().get(0);
        assertThat(first.id()).isEqualTo("7");
        assertThat(first.sex()).isEqualTo(Sex.FEMALE);
        assertThat(first.birthDate()).contains(LocalDate.of(1984, 2, 29));
        assertThat(first.hireDate()).contains(LocalDate.of(2011, 9, 1));
        assertThat(first.fte()).isEqualTo(new BigDecimal("0.90"));
        assertThat(first.annualBasePay()).contains(new BigDecimal("45678.9"));
        assertThat(first.raised()).isTrue();
        assertThat(first.promoted()).as("a TINYINT 1 is true").isTrue();
        EmployeeRecord second = result.records().get(1);
        assertThat(second.hireDate()).isEmpty();
        assertThat(second.fte()).isEqualTo(BigDecimal.ONE);
        assertThat(second.raised()).isFalse();
    }

    @Test
    @DisplayName("a query with canonical aliases needs no mapping; unused columns are a warning")
    void queryWithAliases() {
        LoadResult result = load(Map.of(JdbcAdapter.QUERY,
                "SELECT matricule AS id, sexe AS sex, naissance AS birthDate, salaire FROM personnel ORDER BY matricule DESC"));
        assertThat(result.records()).extracting(EmployeeRecord::id).containsExactly("8", "7");
        assertThat(result.summary().warnings()).singleElement().asString().contains("SALAIRE");
    }

    @Test
    @DisplayName("it is certain about jdbc: URIs and declines files")
    void probe() {
        JdbcAdapter adapter = new JdbcAdapter();
        assertThat(adapter.probe(InputSource.of(URI.create(URL)))).isEqualTo(Probe.CERTAIN);
        assertThat(adapter.probe(InputSource.of("employees.csv", new byte[0]))).isEqualTo(Probe.NO);
    }

    @Test
    @DisplayName("options are checked: one of query and table, a sane fetch size, a valid mapping, a plain table name")
    void optionsAreChecked() {
        assertThatThrownBy(() -> load(Map.of())).isInstanceOf(ConfigurationException.class).hasMessageContaining("query and table");
        assertThatThrownBy(() -> load(Map.of(JdbcAdapter.TABLE, "personnel", JdbcAdapter.FETCH_SIZE, "0")))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("fetch-size");
        assertThatThrownBy(() -> load(Map.of(JdbcAdapter.TABLE, "personnel", JdbcAdapter.MAPPING, "sexe=gender")))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("gender");
        assertThatThrownBy(() -> load(Map.of(JdbcAdapter.TABLE, "personnel where 1=1")))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("table name");
    }

    @Test
    @DisplayName("passwords are taken out of URLs shown in messages")
    void redaction() {
        assertThat(JdbcAdapter.redact("jdbc:postgresql://db:5432/hr?user=a&password=secret")).isEqualTo("jdbc:postgresql://db:5432/hr");
        assertThat(JdbcAdapter.redact("jdbc:sqlserver://db;user=a;password=secret;db=hr")).doesNotContain("secret");
        assertThat(JdbcAdapter.redact("jdbc:mysql://a:secret@db/hr")).doesNotContain("secret");
    }
}
