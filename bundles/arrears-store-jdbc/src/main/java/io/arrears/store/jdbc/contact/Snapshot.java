package io.arrears.store.jdbc.contact;

import io.arrears.store.jdbc.Jdbc;
import io.arrears.store.jdbc.SqlErrors;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Function;
import javax.sql.DataSource;

/**
 * Read-only work on one REPEATABLE READ transaction, so that a verification sees the head and every
 * page of the log as of one moment even while appends go on.
 */
final class Snapshot {

    private Snapshot() {
    }

    static <T> T read(DataSource dataSource, String operation, Function<Jdbc, T> work) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            try {
                T result = work.apply(new Jdbc(connection));
                connection.commit();
                return result;
            } finally {
                connection.rollback(); // nothing to undo after a commit; ends the transaction after a failure
            }
        } catch (SQLException e) {
            throw SqlErrors.translate(operation, e);
        }
    }
}
