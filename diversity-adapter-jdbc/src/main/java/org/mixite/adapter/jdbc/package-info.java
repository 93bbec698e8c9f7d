/**
 * The JDBC adapter ({@link org.mixite.adapter.jdbc.JdbcAdapter}, name {@code jdbc}): a query or
 * a table becomes employee records, SQL types mapped onto the canonical fields.
 */
package org.mixite.adapter.jdbc;
