package io.arrears.routes.support.cluster;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.OptionalLong;
import javax.sql.DataSource;

/**
 * The {@code cluster_leases} rows (migration V022). Times are the database's own clock, so nodes with
 * skewed clocks still agree on when a lease expires. A lease is taken over only once it has expired,
 * and every take-over adds one to the token.
 */
final class LeaseTable {

    private static final String UNIQUE_VIOLATION = "23505";

    private final DataSource dataSource;

    LeaseTable(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Renews this node's lease or takes over an expired one; the token while this node holds it, else empty. */
    OptionalLong acquireOrRenew(String name, String node, Duration ttl) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                OptionalLong token = acquireOrRenew(c, name, node, ttl);
                c.commit();
                return token;
            } catch (SQLException e) {
                c.rollback();
                if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                    return OptionalLong.empty(); // another node created the lease row at the same moment
                }
                throw e;
            } catch (RuntimeException e) {
                c.rollback();
                throw e;
            }
        }
    }

    private static OptionalLong acquireOrRenew(Connection c, String name, String node, Duration ttl) throws SQLException {
        OffsetDateTime now = databaseNow(c);
        OffsetDateTime expires = now.plus(ttl);
        try (PreparedStatement select = c.prepareStatement(
                "SELECT holder, token, expires_at FROM cluster_leases WHERE name = ? FOR UPDATE")) {
            select.setString(1, name);
            try (ResultSet rs = select.executeQuery()) {
                if (!rs.next()) {
                    update(c, "INSERT INTO cluster_leases (name, holder, token, acquired_at, expires_at) VALUES (?, ?, 1, ?, ?)",
                            name, node, now, expires);
                    return OptionalLong.of(1);
                }
                String holder = rs.getString(1);
                long token = rs.getLong(2);
                boolean expired = !rs.getObject(3, OffsetDateTime.class).isAfter(now);
                if (holder.equals(node) && !expired) {
                    update(c, "UPDATE cluster_leases SET expires_at = ? WHERE name = ? AND token = ?", expires, name, token);
                    return OptionalLong.of(token);
                }
                if (expired) {
                    // also when this node held it: it may have stepped down meanwhile, so it leads again under a new token
                    update(c, "UPDATE cluster_leases SET holder = ?, token = ?, acquired_at = ?, expires_at = ? WHERE name = ? AND token = ?",
                            node, token + 1, now, expires, name, token);
                    return OptionalLong.of(token + 1);
                }
                return OptionalLong.empty();
            }
        }
    }

    /** Ends this node's lease at once (a clean stop), so another node need not wait for it to expire. */
    void release(String name, String node, long token) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(true);
            update(c, "UPDATE cluster_leases SET expires_at = ? WHERE name = ? AND holder = ? AND token = ?",
                    databaseNow(c), name, node, token);
        }
    }

    /** The current holder of the lease, if any row exists. */
    java.util.Optional<String> holder(String name) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement select = c.prepareStatement("SELECT holder FROM cluster_leases WHERE name = ?")) {
            select.setString(1, name);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? java.util.Optional.of(rs.getString(1)) : java.util.Optional.empty();
            }
        }
    }

    private static OffsetDateTime databaseNow(Connection c) throws SQLException {
        try (PreparedStatement now = c.prepareStatement("SELECT CURRENT_TIMESTAMP"); ResultSet rs = now.executeQuery()) {
            rs.next();
            return rs.getObject(1, OffsetDateTime.class);
        }
    }

    private static void update(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                statement.setObject(i + 1, params[i]);
            }
            if (statement.executeUpdate() != 1) {
                throw new SQLException("lease update changed no row: " + sql);
            }
        }
    }
}
