package org.mixite.adapter.jdbc;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import org.apiguardian.api.API;
import org.mixite.spi.ConfigurationException;
import org.mixite.spi.InputException;
import org.mixite.spi.adapter.AdapterOption;
import org.mixite.spi.adapter.AdapterSettings;
import org.mixite.spi.adapter.HrisAdapter;
import org.mixite.spi.adapter.InputSource;
import org.mixite.spi.adapter.Probe;
import org.mixite.spi.adapter.RecordReader;
import org.mixite.spi.validation.SourcePosition;

/**
 * Reads employee records from a database: the input is a JDBC URL
 * ({@code jdbc:postgresql://host/db}), and either the {@code query} option (a {@code SELECT})
 * or the {@code table} option names the rows. Columns are matched to canonical fields by name
 * ({@code birth_date} or {@code birthDate}, any case) or through the {@code mapping} option
 * ({@code matricule=id,sexe=sex}). SQL types map onto the fields: dates and timestamps to
 * dates, numerics exactly to decimals, booleans to flags, SQL {@code NULL} to an absent value.
 *
 * <p>Rows are streamed: the statement is forward-only and read-only with a fetch size
 * ({@code fetch-size}, 1000 by default), in a read-only transaction with auto-commit off, which
 * is what makes PostgreSQL use a cursor instead of loading the whole result. The connection
 * is opened by {@link #open} and closed with the reader. Credentials come from the
 * {@code user} and {@code password} options or from the URL.
 */
@API(status = API.Status.EXPERIMENTAL)
public final class JdbcAdapter implements HrisAdapter {

    public static final String NAME = "jdbc";
    /** Option: the {@code SELECT} that returns one row per employee. */
    public static final String QUERY = "query";
    /** Option: a table (or view), optionally schema-qualified, read whole. */
    public static final String TABLE = "table";
    /** Option: {@code column=canonical_name} pairs separated by commas, for columns not named canonically. */
    public static final String MAPPING = "mapping";
    /** Option: rows fetched per round trip. */
    public static final String FETCH_SIZE = "fetch-size";
    public static final String USER = "user";
    public static final String PASSWORD = "password";

    static final int DEFAULT_FETCH_SIZE = 1000;
    private static final int MAX_FETCH_SIZE = 100_000;
    private static final Pattern TABLE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_$]{0,127}(\\.[A-Za-z_][A-Za-z0-9_$]{0,127})?");

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "A database table or query through JDBC (input: a jdbc: URL; driver on the class path)";
    }

    @Override
    public Set<String> fileExtensions() {
        return Set.of();
    }

    @Override
    public Set<String> uriSchemes() {
        return Set.of("jdbc");
    }

    @Override
    public List<AdapterOption> options() {
        return List.of(
                AdapterOption.of(QUERY, "the SELECT returning one row per employee (or use table)"),
                AdapterOption.of(TABLE, "a table or view to read whole, e.g. hr.employees (or use query)"),
                AdapterOption.of(MAPPING, "column=canonical_name pairs, comma-separated, e.g. matricule=id,sexe=sex"),
                new AdapterOption(FETCH_SIZE, "rows fetched per round trip", Optional.of(Integer.toString(DEFAULT_FETCH_SIZE))),
                AdapterOption.of(USER, "database user (else from the URL)"),
                AdapterOption.of(PASSWORD, "database password (else from the URL)"));
    }

    @Override
    public Probe probe(InputSource input) {
        return input.uri().filter(u -> "jdbc".equalsIgnoreCase(u.getScheme())).isPresent() ? Probe.CERTAIN : Probe.NO;
    }

    @Override
    public RecordReader open(InputSource input, AdapterSettings settings) throws IOException {
        String url = input.uri().map(Object::toString).filter(u -> u.regionMatches(true, 0, "jdbc:", 0, 5))
                .orElseThrow(() -> new ConfigurationException("the jdbc adapter reads a jdbc: URL, not " + input.name()));
        String source = redact(url);
        String sql = sql(settings);
        ColumnMapping mapping = ColumnMapping.parse(settings.get(MAPPING).orElse(""));
        int fetchSize = fetchSize(settings);
        Connection connection = connect(url, source, settings);
        try {
            connection.setAutoCommit(false); // PostgreSQL streams with a cursor only inside a transaction
            connection.setReadOnly(true);
            PreparedStatement statement = connection.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
            statement.setFetchSize(fetchSize);
            ResultSet rows = statement.executeQuery();
            return new JdbcRecordReader(source, connection, statement, rows, mapping);
        } catch (SQLException e) {
            closeQuietly(connection, e);
            throw new InputException(SourcePosition.of(source), "the query failed: " + describe(e), e);
        } catch (RuntimeException | Error e) {
            closeQuietly(connection, e);
            throw e;
        }
    }

    private static Connection connect(String url, String source, AdapterSettings settings) throws IOException {
        Properties properties = new Properties();
        settings.get(USER).ifPresent(v -> properties.setProperty("user", v));
        settings.get(PASSWORD).ifPresent(v -> properties.setProperty("password", v));
        try {
            return DriverManager.getConnection(url, properties);
        } catch (SQLException e) {
            if ("08001".equals(e.getSQLState()) && e.getMessage() != null && e.getMessage().startsWith("No suitable driver")) {
                throw new ConfigurationException("no JDBC driver for " + source + ": put the database's JDBC driver jar on the class path", e);
            }
            throw new ConfigurationException("cannot connect to " + source + ": " + describe(e), e);
        }
    }

    private static String sql(AdapterSettings settings) {
        Optional<String> query = settings.get(QUERY).map(String::strip).filter(q -> !q.isEmpty());
        Optional<String> table = settings.get(TABLE).map(String::strip).filter(t -> !t.isEmpty());
        if (query.isPresent() == table.isPresent()) {
            throw new ConfigurationException("the jdbc adapter needs exactly one of the options query and table");
        }
        if (table.isPresent()) {
            if (!TABLE_NAME.matcher(table.get()).matches()) {
                throw new ConfigurationException("jdbc option table must be a table name such as hr.employees, was '"
                        + shorten(table.get()) + "'");
            }
            return "SELECT * FROM " + table.get();
        }
        return query.get();
    }

    private static int fetchSize(AdapterSettings settings) {
        String text = settings.get(FETCH_SIZE).orElse(Integer.toString(DEFAULT_FETCH_SIZE)).strip();
        try {
            int value = Integer.parseInt(text);
            if (value >= 1 && value <= MAX_FETCH_SIZE) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new ConfigurationException("jdbc option fetch-size must be a whole number from 1 to " + MAX_FETCH_SIZE
                + ", was '" + shorten(text) + "'");
    }

    /** The URL as shown in messages: no query string, no password. */
    static String redact(String url) {
        String shown = url;
        int query = shown.indexOf('?');
        if (query >= 0) {
            shown = shown.substring(0, query);
        }
        return shown.replaceAll("(?i)(password|pwd)=[^;&]*", "$1=***").replaceAll("//[^/@]*:[^/@]*@", "//***@");
    }

    static String describe(SQLException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().strip();
        return shorten(message.replaceAll("\\s+", " ")) + (e.getSQLState() == null ? "" : " (SQL state " + e.getSQLState() + ")");
    }

    private static String shorten(String text) {
        String printable = text.replaceAll("\\p{Cntrl}", "?");
        return printable.length() <= 300 ? printable : printable.substring(0, 297) + "...";
    }

    static void closeQuietly(AutoCloseable resource, Throwable failure) {
        try {
            resource.close();
        } catch (Exception e) {
            failure.addSuppressed(e);
        }
    }

    static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}
