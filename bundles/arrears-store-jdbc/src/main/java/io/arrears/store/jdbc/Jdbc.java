package io.arrears.store.jdbc;

import io.arrears.api.store.DuplicateKeyException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Statement plumbing for repositories on one connection (one transaction). Parameters bind with
 * {@code setObject} (LocalDate, OffsetDateTime, BigDecimal, String, Long, Integer, null); every
 * {@link SQLException} leaves as a {@link io.arrears.api.store.StoreException} naming the operation.
 */
public final class Jdbc {

    /** Reads one row; may throw SQLException, which {@link Jdbc} translates. */
    @FunctionalInterface
    public interface RowReader<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private final Connection connection;

    public Jdbc(Connection connection) {
        this.connection = connection;
    }

    /** The connection of this transaction, for writers that take one (e.g. {@code Outbox.enqueue}). */
    public Connection connection() {
        return connection;
    }

    /**
     * Inserts one row and returns its generated identity. Convention: the identity is the table's
     * first column (PostgreSQL returns every column as generated keys, H2 only the identity).
     */
    public long insert(String operation, String sql, Object... params) {
        try (PreparedStatement ps = connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            bind(ps, params);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                if (!keys.next()) {
                    throw new SQLException("the database returned no generated id");
                }
                return keys.getLong(1);
            }
        } catch (SQLException e) {
            throw SqlErrors.translate(operation, e);
        }
    }

    /**
     * Inserts, or when {@code constraint} says the row already exists, returns {@code existing}.
     * The unique constraint decides, not a read before the write, so two concurrent callers cannot
     * both insert. A savepoint keeps the surrounding transaction usable after the violation
     * (PostgreSQL aborts the whole transaction on any error otherwise).
     */
    public <T> InsertOutcome<T> insertUnlessExists(String constraint, Supplier<T> inserted, Supplier<T> existing) {
        Savepoint savepoint = savepoint();
        try {
            T row = inserted.get();
            release(savepoint);
            return new InsertOutcome<>(row, true);
        } catch (DuplicateKeyException e) {
            rollbackTo(savepoint);
            if (!e.constraint().equals(constraint)) {
                throw e;
            }
            return new InsertOutcome<>(existing.get(), false);
        }
    }

    public int update(String operation, String sql, Object... params) {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            bind(ps, params);
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw SqlErrors.translate(operation, e);
        }
    }

    public <T> List<T> query(String operation, String sql, RowReader<T> reader, Object... params) {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            bind(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                List<T> rows = new ArrayList<>();
                while (rs.next()) {
                    rows.add(reader.read(rs));
                }
                return rows;
            }
        } catch (SQLException e) {
            throw SqlErrors.translate(operation, e);
        }
    }

    /** At most one row; more than one is a broken unique key and fails loudly. */
    public <T> Optional<T> queryOptional(String operation, String sql, RowReader<T> reader, Object... params) {
        List<T> rows = query(operation, sql, reader, params);
        if (rows.size() > 1) {
            throw new IllegalStateException(operation + " expected at most one row but found " + rows.size());
        }
        return rows.stream().findFirst();
    }

    private static void bind(PreparedStatement ps, Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            ps.setObject(i + 1, params[i]);
        }
    }

    private Savepoint savepoint() {
        try {
            return connection.setSavepoint();
        } catch (SQLException e) {
            throw SqlErrors.translate("setting a savepoint", e);
        }
    }

    private void release(Savepoint savepoint) {
        try {
            connection.releaseSavepoint(savepoint);
        } catch (SQLException e) {
            throw SqlErrors.translate("releasing a savepoint", e);
        }
    }

    private void rollbackTo(Savepoint savepoint) {
        try {
            connection.rollback(savepoint);
        } catch (SQLException e) {
            throw SqlErrors.translate("rolling back to a savepoint", e);
        }
    }
}
