package io.arrears.routes.support.watermark;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * How far an incremental intake has read, per source, in the Arrears database ({@code intake_watermarks},
 * migration V024). A route saves a watermark only after the records up to it were committed to the
 * ledger: after a crash it reads those records again, which the intake's content hashes make harmless.
 */
public final class JdbcWatermarkStore {

    private static final String UNIQUE_VIOLATION = "23505";

    private final DataSource dataSource;
    private final Clock clock;

    public JdbcWatermarkStore(DataSource dataSource, Clock clock) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The saved watermark of {@code source}, empty before its first committed batch. */
    public Optional<String> read(String source) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT watermark FROM intake_watermarks WHERE source = ?")) {
            ps.setString(1, source);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw failure("reading", source, e);
        }
    }

    /** Saves {@code watermark} as the position of {@code source} (insert or replace). */
    public void save(String source, String watermark) {
        Objects.requireNonNull(watermark, "watermark");
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        try (Connection c = dataSource.getConnection()) {
            if (update(c, source, watermark, now) == 0) {
                try (PreparedStatement ps = c.prepareStatement(
                        "INSERT INTO intake_watermarks (source, watermark, updated_at) VALUES (?, ?, ?)")) {
                    ps.setString(1, source);
                    ps.setString(2, watermark);
                    ps.setObject(3, now);
                    ps.executeUpdate();
                } catch (SQLException e) {
                    // another node inserted first: ours is the later position
                    if (!UNIQUE_VIOLATION.equals(e.getSQLState()) || update(c, source, watermark, now) == 0) {
                        throw e;
                    }
                }
            }
        } catch (SQLException e) {
            throw failure("saving", source, e);
        }
    }

    private static int update(Connection c, String source, String watermark, OffsetDateTime now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE intake_watermarks SET watermark = ?, updated_at = ? WHERE source = ?")) {
            ps.setString(1, watermark);
            ps.setObject(2, now);
            ps.setString(3, source);
            return ps.executeUpdate();
        }
    }

    private static IllegalStateException failure(String action, String source, SQLException e) {
        return new IllegalStateException(action + " the intake watermark of " + source + " failed: " + e.getMessage()
                + " (SQLState " + e.getSQLState() + ")", e);
    }
}
