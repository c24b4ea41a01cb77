package io.arrears.bench;

import io.arrears.store.jdbc.MigrationRunner;
import io.arrears.store.jdbc.runtime.ConnectionPool;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A freshly migrated database the way the product opens it: embedded H2 in a file (the default), or a new schema on a
 * PostgreSQL server behind the product's HikariCP pool ({@link ConnectionPool}, 10 connections, the default pool.size).
 */
interface BenchDatabase extends AutoCloseable {

    String name();

    DataSource dataSource();

    @Override
    void close() throws Exception;

    static BenchDatabase open(String kind, String postgresUrl) throws Exception {
        return switch (kind) {
            case "h2" -> h2();
            case "postgresql" -> postgres(postgresUrl);
            default -> throw new IllegalArgumentException("database must be h2 or postgresql, was '" + kind + "'");
        };
    }

    private static BenchDatabase h2() throws Exception {
        Path folder = Files.createTempDirectory("arrears-bench-h2");
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:file:" + folder.resolve("arrears") + ";DB_CLOSE_DELAY=-1");
        migrate(ds);
        return new BenchDatabase() {
            public String name() {
                return "H2 (embedded file)";
            }

            public DataSource dataSource() {
                return ds;
            }

            public void close() throws Exception {
                execute(ds, "SHUTDOWN");
                try (var files = Files.walk(folder)) {
                    files.sorted((a, b) -> b.compareTo(a)).forEach(p -> p.toFile().delete());
                }
            }
        };
    }

    private static BenchDatabase postgres(String url) throws Exception {
        String schema = "arrears_bench_" + System.nanoTime();
        PGSimpleDataSource admin = new PGSimpleDataSource();
        admin.setURL(url);
        admin.setUser("postgres");
        execute(admin, "CREATE SCHEMA " + schema);
        PGSimpleDataSource direct = new PGSimpleDataSource();
        direct.setURL(url);
        direct.setUser("postgres");
        direct.setCurrentSchema(schema);
        HikariDataSource pool = ConnectionPool.open(direct, 10);
        migrate(pool);
        return new BenchDatabase() {
            public String name() {
                return "PostgreSQL (127.0.0.1, HikariCP 10)";
            }

            public DataSource dataSource() {
                return pool;
            }

            public void close() throws Exception {
                pool.close();
                execute(admin, "DROP SCHEMA " + schema + " CASCADE");
            }
        };
    }

    private static void migrate(DataSource ds) {
        MigrationRunner.forDataSource(ds, Clock.systemUTC()).migrate(ds);
    }

    static void execute(DataSource ds, String sql) throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
