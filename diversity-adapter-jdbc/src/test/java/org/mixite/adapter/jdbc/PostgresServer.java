package org.mixite.adapter.jdbc;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The real PostgreSQL server of the tests tagged {@code postgres}, found from
 * {@code MIXITE_PG_URL}, {@code MIXITE_PG_USER} and {@code MIXITE_PG_PASSWORD} (environment, or
 * system properties {@code mixite.pg.url}, …), by default the server of
 * {@code .ci/postgres.sh start}. When it cannot be reached the tests FAIL if {@code CI=true}
 * (CI must run them) and are skipped with a message otherwise. Each test class gets its own
 * schema, dropped after it, as the connection's search path.
 */
final class PostgresServer implements BeforeAllCallback, AfterAllCallback {

    static final String DEFAULT_URL = "jdbc:postgresql://127.0.0.1:55432/mixite_test";

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(PostgresServer.class);

    static String url() {
        return setting("MIXITE_PG_URL", "mixite.pg.url").orElse(DEFAULT_URL);
    }

    static String user() {
        return setting("MIXITE_PG_USER", "mixite.pg.user").orElse("mixite");
    }

    static String password() {
        return setting("MIXITE_PG_PASSWORD", "mixite.pg.password").orElse("mixite");
    }

    private static Optional<String> setting(String variable, String property) {
        return Optional.ofNullable(System.getProperty(property)).or(() -> Optional.ofNullable(System.getenv(variable)))
                .filter(v -> !v.isBlank());
    }

    /** A connection whose search path is {@code schema}. */
    static Connection connect(String schema) throws SQLException {
        Connection connection = connect();
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET search_path TO " + schema);
        }
        return connection;
    }

    static Connection connect() throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", user());
        properties.setProperty("password", password());
        properties.setProperty("connectTimeout", "5");
        return DriverManager.getConnection(url(), properties);
    }

    /** The URL of the test class's schema, for the adapter (credentials go in options). */
    static String schemaUrl(String schema) {
        return url() + (url().contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws SQLException {
        String schema = schemaOf(context.getRequiredTestClass());
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            statement.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            String message = "no PostgreSQL server at " + url() + " (" + e.getMessage() + "). "
                    + "Start one with: eval \"$(.ci/postgres.sh start)\"";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException("CI=true and the PostgreSQL tests cannot run: " + message, e);
            }
            // Surefire does not print why a class was aborted: say it here.
            System.err.println("[postgres] " + context.getDisplayName() + " skipped locally: " + message);
            Assumptions.abort("skipped locally: " + message);
        }
        context.getStore(NAMESPACE).put("schema", schema);
    }

    @Override
    public void afterAll(ExtensionContext context) throws SQLException {
        String schema = context.getStore(NAMESPACE).get("schema", String.class);
        if (schema != null) {
            try (Connection connection = connect(); Statement statement = connection.createStatement()) {
                statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            }
        }
    }

    /** One schema per test class, e.g. {@code t_jdbcadapterpostgrestest}. */
    static String schemaOf(Class<?> testClass) {
        return "t_" + testClass.getSimpleName().toLowerCase(java.util.Locale.ROOT);
    }
}
