package io.arrears.routes.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import javax.sql.DataSource;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.support.service.ServiceSupport;

/**
 * Camel idempotent repository in the Arrears database ({@code intake_processed_files}, migration V004):
 * the primary key (processor name, key) decides, so of several nodes polling one folder exactly one
 * takes a file, and a file taken once is never taken again, also after a restart.
 */
public final class JdbcIdempotentRepository extends ServiceSupport implements IdempotentRepository {

    /** SQLState class 23, subclass 505: unique violation (H2 and PostgreSQL). */
    private static final String UNIQUE_VIOLATION = "23505";

    private final DataSource dataSource;
    private final String processorName;
    private final Clock clock;

    /** @param processorName separates the keys of different routes in one table */
    public JdbcIdempotentRepository(DataSource dataSource, String processorName, Clock clock) {
        this.dataSource = dataSource;
        this.processorName = processorName;
        this.clock = clock;
    }

    @Override
    public boolean add(String key) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(
                     "INSERT INTO intake_processed_files (processor_name, file_key, created_at) VALUES (?, ?, ?)")) {
            ps.setString(1, processorName);
            ps.setString(2, key);
            ps.setObject(3, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
            ps.executeUpdate();
            return true;
        } catch (SQLException e) {
            if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                return false;
            }
            throw failure("adding", key, e);
        }
    }

    @Override
    public boolean contains(String key) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(
                     "SELECT 1 FROM intake_processed_files WHERE processor_name = ? AND file_key = ?")) {
            ps.setString(1, processorName);
            ps.setString(2, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw failure("reading", key, e);
        }
    }

    @Override
    public boolean remove(String key) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(
                     "DELETE FROM intake_processed_files WHERE processor_name = ? AND file_key = ?")) {
            ps.setString(1, processorName);
            ps.setString(2, key);
            return ps.executeUpdate() == 1;
        } catch (SQLException e) {
            throw failure("removing", key, e);
        }
    }

    @Override
    public boolean confirm(String key) {
        return true;
    }

    /** Forgets every key of this processor (an operator's re-import of everything). */
    @Override
    public void clear() {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("DELETE FROM intake_processed_files WHERE processor_name = ?")) {
            ps.setString(1, processorName);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw failure("clearing", "*", e);
        }
    }

    private IllegalStateException failure(String action, String key, SQLException e) {
        return new IllegalStateException(action + " processed-file key '" + key + "' of " + processorName + " failed: "
                + e.getMessage() + " (SQLState " + e.getSQLState() + ")", e);
    }
}
