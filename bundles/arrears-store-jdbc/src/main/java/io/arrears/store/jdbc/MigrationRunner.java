package io.arrears.store.jdbc;

import io.arrears.api.store.StoreException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import javax.sql.DataSource;

/**
 * Brings a database to the bundled schema version: one transaction per migration, each taken under
 * a lock so that two nodes starting together on one database apply every migration exactly once.
 * PostgreSQL: {@code pg_advisory_xact_lock} per transaction (its DDL is transactional). H2 commits
 * on DDL, which would drop a lock taken on the same connection, so a second connection holds a row
 * lock on {@code arrears_schema_lock} for the whole run; a failed H2 migration may leave part of it.
 */
public final class MigrationRunner {

    static final String VERSION_TABLE = "CREATE TABLE IF NOT EXISTS arrears_schema_version ("
            + "version INTEGER NOT NULL PRIMARY KEY, description VARCHAR(200) NOT NULL, "
            + "checksum VARCHAR(64) NOT NULL, applied_at TIMESTAMP WITH TIME ZONE NOT NULL)";

    private final DatabaseKind kind;
    private final List<Migration> migrations;
    private final Clock clock;

    static final int H2_SCHEMA_LOCK_TIMEOUT_MILLIS = 120_000;

    public MigrationRunner(DatabaseKind kind, List<Migration> migrations, Clock clock) {
        this.kind = kind;
        this.migrations = List.copyOf(migrations);
        this.clock = clock;
    }

    /** A runner with this bundle's migrations for the database behind {@code dataSource}. */
    public static MigrationRunner forDataSource(DataSource dataSource, Clock clock) {
        DatabaseKind kind = DatabaseKind.of(dataSource);
        return new MigrationRunner(kind, MigrationCatalog.load(kind), clock);
    }

    public MigrationResult migrate(DataSource dataSource) {
        try (Connection lockHolder = kind == DatabaseKind.H2 ? lockH2(dataSource) : null;
             Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            List<Migration> appliedNow = new ArrayList<>();
            try {
                while (true) {
                    NavigableMap<Integer, String> applied = lockAndReadApplied(connection);
                    Migration next = nextPending(applied);
                    if (next == null) {
                        connection.commit();
                        int version = applied.isEmpty() ? 0 : applied.lastKey();
                        return new MigrationResult(kind, appliedNow, version);
                    }
                    apply(connection, next);
                    connection.commit();
                    appliedNow.add(next);
                }
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw SqlErrors.translate("migrating the " + kind + " schema", e);
        }
    }

    private Connection lockH2(DataSource dataSource) throws SQLException {
        Connection lock = dataSource.getConnection();
        try (Statement s = lock.createStatement()) {
            // a second node waits for the first one's whole migration run, not H2's default second (slow disks, loaded hosts)
            s.execute("SET LOCK_TIMEOUT 120000");
            s.execute("CREATE TABLE IF NOT EXISTS arrears_schema_lock (id INTEGER NOT NULL PRIMARY KEY)");
            s.execute("MERGE INTO arrears_schema_lock (id) KEY (id) VALUES (1)");
            lock.setAutoCommit(false);
            // the other node holds the lock for its whole run: wait for it (H2's default, 1 s, is shorter than a full
            // migration on a loaded machine, and the waiting node then failed instead of finding everything applied)
            s.execute("SET LOCK_TIMEOUT " + H2_SCHEMA_LOCK_TIMEOUT_MILLIS);
            s.executeQuery("SELECT id FROM arrears_schema_lock WHERE id = 1 FOR UPDATE").close();
            return lock; // closing it ends the transaction and releases the lock
        } catch (SQLException e) {
            lock.close();
            throw e;
        }
    }

    private NavigableMap<Integer, String> lockAndReadApplied(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement()) {
            if (kind == DatabaseKind.POSTGRESQL) {
                // keyed by schema, so schemas of one database migrate independently
                s.executeQuery("SELECT pg_advisory_xact_lock(" + lockKey(connection.getSchema()) + ")").close();
            }
            s.execute(VERSION_TABLE);
            NavigableMap<Integer, String> applied = new TreeMap<>();
            try (ResultSet rs = s.executeQuery("SELECT version, checksum FROM arrears_schema_version")) {
                while (rs.next()) {
                    applied.put(rs.getInt(1), rs.getString(2));
                }
            }
            return applied;
        }
    }

    /** Checks every applied migration against the bundle, then returns the first one still to apply. */
    private Migration nextPending(NavigableMap<Integer, String> applied) {
        int highestApplied = applied.isEmpty() ? 0 : applied.lastKey();
        Map<Integer, Migration> known = new TreeMap<>();
        migrations.forEach(m -> known.put(m.version(), m));
        for (Map.Entry<Integer, String> row : applied.entrySet()) {
            Migration m = known.get(row.getKey());
            if (m == null) {
                throw new StoreException("the database has schema migration V" + row.getKey()
                        + " which this Arrears version does not know: it was migrated by a newer version; install that version or restore a backup");
            }
            if (!m.checksum().equals(row.getValue())) {
                throw new StoreException("schema migration " + m.label() + " was changed after it was applied: checksum in database "
                        + row.getValue() + ", in bundle " + m.checksum() + ". Never edit an applied migration; add a new one");
            }
        }
        for (Migration m : migrations) {
            if (!applied.containsKey(m.version())) {
                if (m.version() < highestApplied) {
                    throw new StoreException("schema migration " + m.label() + " is missing although V" + highestApplied
                            + " is applied: migrations must be applied in order");
                }
                return m;
            }
        }
        return null;
    }

    private void apply(Connection connection, Migration migration) throws SQLException {
        try (Statement s = connection.createStatement()) {
            for (String sql : migration.statements()) {
                s.execute(sql);
            }
        } catch (SQLException e) {
            throw new SQLException("schema migration " + migration.label() + ": " + e.getMessage(), e.getSQLState(), e.getErrorCode(), e);
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO arrears_schema_version (version, description, checksum, applied_at) VALUES (?, ?, ?, ?)")) {
            insert.setInt(1, migration.version());
            insert.setString(2, migration.description());
            insert.setString(3, migration.checksum());
            insert.setObject(4, OffsetDateTime.now(clock));
            insert.executeUpdate();
        }
    }

    static long lockKey(String schema) {
        return ("arrears.schema." + schema).hashCode();
    }
}
