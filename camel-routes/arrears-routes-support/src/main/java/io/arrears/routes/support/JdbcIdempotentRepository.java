package io.arrears.routes.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import javax.sql.DataSource;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.support.service.ServiceSupport;

/**
 * Camel idempotent repository in the Arrears database ({@code intake_processed_files}, migrations V006,
 * V024): the primary key (processor name, key) decides, so of several nodes polling one folder exactly
 * one takes a file, and a file done once is never taken again, also after a restart.
 *
 * <p>Used eagerly: {@link #add} claims a file before it is read and Camel {@link #confirm confirms} it when
 * the file is done (or {@link #remove removes} the claim when it failed). A claim left unconfirmed for
 * longer than the claim timeout means the node that took the file died mid-file: the next node takes it
 * over, so a crash never leaves a file unread in the inbox. Re-reading it is harmless (content hashes).
 */
public final class JdbcIdempotentRepository extends ServiceSupport implements IdempotentRepository {

    /** SQLState class 23, subclass 505: unique violation (H2 and PostgreSQL). */
    private static final String UNIQUE_VIOLATION = "23505";

    /** Longer than any import of one file takes, retries included (they back off to at most minutes). */
    public static final Duration DEFAULT_CLAIM_TIMEOUT = Duration.ofHours(1);

    private final DataSource dataSource;
    private final String processorName;
    private final Clock clock;
    private final Duration claimTimeout;

    /** @param processorName separates the keys of different routes in one table */
    public JdbcIdempotentRepository(DataSource dataSource, String processorName, Clock clock) {
        this(dataSource, processorName, clock, DEFAULT_CLAIM_TIMEOUT);
    }

    /** @param claimTimeout how long an unconfirmed claim belongs to the node that made it */
    public JdbcIdempotentRepository(DataSource dataSource, String processorName, Clock clock, Duration claimTimeout) {
        this.dataSource = dataSource;
        this.processorName = processorName;
        this.clock = clock;
        this.claimTimeout = claimTimeout;
    }

    @Override
    public boolean add(String key) {
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO intake_processed_files (processor_name, file_key, created_at) VALUES (?, ?, ?)")) {
                ps.setString(1, processorName);
                ps.setString(2, key);
                ps.setObject(3, now);
                ps.executeUpdate();
                return true;
            } catch (SQLException e) {
                if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
                    throw e;
                }
            }
            // taken before: done, in progress elsewhere, or abandoned by a node that died (then ours now);
            // one UPDATE decides, so of several nodes only one takes an abandoned file over
            try (PreparedStatement ps = c.prepareStatement("UPDATE intake_processed_files SET created_at = ? "
                    + "WHERE processor_name = ? AND file_key = ? AND confirmed_at IS NULL AND created_at < ?")) {
                ps.setObject(1, now);
                ps.setString(2, processorName);
                ps.setString(3, key);
                ps.setObject(4, now.minus(claimTimeout));
                return ps.executeUpdate() == 1;
            }
        } catch (SQLException e) {
            throw failure("adding", key, e);
        }
    }

    /** True when the file is done or a live claim holds it; false for an abandoned claim (see {@link #add}). */
    @Override
    public boolean contains(String key) {
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT 1 FROM intake_processed_files WHERE processor_name = ? "
                     + "AND file_key = ? AND (confirmed_at IS NOT NULL OR created_at >= ?)")) {
            ps.setString(1, processorName);
            ps.setString(2, key);
            ps.setObject(3, now.minus(claimTimeout));
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

    /** The file is done: its key now blocks it for good. */
    @Override
    public boolean confirm(String key) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(
                     "UPDATE intake_processed_files SET confirmed_at = ? WHERE processor_name = ? AND file_key = ?")) {
            ps.setObject(1, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
            ps.setString(2, processorName);
            ps.setString(3, key);
            return ps.executeUpdate() == 1;
        } catch (SQLException e) {
            throw failure("confirming", key, e);
        }
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
