package io.arrears.store.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.extension.ExtensionContext;

/** One empty database schema for one test invocation; closing it drops the schema. */
public final class TestDatabase implements ExtensionContext.Store.CloseableResource, AutoCloseable {

    private final DatabaseKind kind;
    private final DataSource dataSource;
    private final String dropStatement;

    TestDatabase(DatabaseKind kind, DataSource dataSource, String dropStatement) {
        this.kind = kind;
        this.dataSource = dataSource;
        this.dropStatement = dropStatement;
    }

    public DatabaseKind kind() {
        return kind;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    /** Runs statements in auto-commit mode, for test setup and tampering. */
    public void execute(String... sql) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            for (String statement : sql) {
                s.execute(statement);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("test SQL failed on " + kind + ": " + e.getMessage(), e);
        }
    }

    /** The single number a query returns, e.g. a {@code count(*)}. */
    public long queryLong(String sql) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             var rs = s.executeQuery(sql)) {
            if (!rs.next()) {
                throw new IllegalStateException("no row from: " + sql);
            }
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("test query failed on " + kind + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        execute(dropStatement);
    }

    @Override
    public String toString() {
        return kind.toString();
    }
}
