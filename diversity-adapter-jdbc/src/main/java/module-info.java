/**
 * The JDBC adapter: employee records read from a database through JDBC, from a query or a
 * table with a column mapping, streamed with a fetch size (a cursor on PostgreSQL). The
 * driver is the user's: put it on the class or module path.
 */
module org.mixite.adapter.jdbc {
    requires transitive org.mixite.spi;
    requires java.sql;
    requires static org.apiguardian.api;

    exports org.mixite.adapter.jdbc;

    provides org.mixite.spi.adapter.HrisAdapter with org.mixite.adapter.jdbc.JdbcAdapter;
}
