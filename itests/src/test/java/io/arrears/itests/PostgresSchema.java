package io.arrears.itests;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A fresh schema in the local PostgreSQL test database for one integration test: the Karaf nodes point
 * their {@code io.arrears.store.jdbc} configuration at it ({@code currentSchema}), the test reads the
 * outcome from it and drops it at the end.
 */
final class PostgresSchema implements AutoCloseable {

    static final String URL = System.getProperty("itest.postgres.url", "jdbc:postgresql://127.0.0.1:5432/test");
    static final String USER = System.getProperty("itest.postgres.user", "postgres");

    private final String schema;

    private PostgresSchema(String schema) {
        this.schema = schema;
    }

    static PostgresSchema create(String prefix) throws SQLException {
        String schema = (prefix + "_" + Long.toHexString(ThreadLocalRandom.current().nextLong() & 0xffffffffL)).toLowerCase(Locale.ROOT);
        try (Connection c = DriverManager.getConnection(URL, USER, ""); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        }
        return new PostgresSchema(schema);
    }

    /** The JDBC URL a node uses: the test database with this schema as its search path. */
    String jdbcUrl() {
        return URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    String name() {
        return schema;
    }

    long count(String sql, Object... params) throws SQLException {
        List<List<Object>> rows = rows(sql, params);
        return rows.isEmpty() ? 0 : ((Number) rows.get(0).get(0)).longValue();
    }

    List<List<Object>> rows(String sql, Object... params) throws SQLException {
        try (Connection c = DriverManager.getConnection(jdbcUrl(), USER, "");
                PreparedStatement statement = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                statement.setObject(i + 1, params[i]);
            }
            List<List<Object>> rows = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    List<Object> row = new ArrayList<>();
                    for (int i = 1; i <= columns; i++) {
                        row.add(rs.getObject(i));
                    }
                    rows.add(row);
                }
            }
            return rows;
        }
    }

    @Override
    public void close() throws SQLException {
        try (Connection c = DriverManager.getConnection(URL, USER, ""); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
    }
}
