package io.arrears.store.jdbc.contact;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import org.h2.api.Trigger;

/**
 * H2's row trigger for the contact log (migration V004): rejects every UPDATE and DELETE on
 * {@code contact_log}, and on {@code contact_log_head} allows only the update that advances the
 * head by one entry. PostgreSQL does the same in plpgsql. H2 instantiates it by class name; inside
 * OSGi it finds it through {@link io.arrears.store.jdbc.H2UserClasses}.
 */
public final class AppendOnlyTrigger implements Trigger {

    /** The SQLState PostgreSQL's RAISE EXCEPTION uses, so both databases report the same. */
    static final String SQL_STATE = "P0001";

    private static final String HEAD_TABLE = "CONTACT_LOG_HEAD";
    private static final int HEAD_ID = 0;
    private static final int HEAD_SEQ = 1;

    private String table = "";

    @Override
    public void init(Connection connection, String schemaName, String triggerName, String tableName, boolean before, int type) {
        this.table = tableName.toUpperCase(Locale.ROOT);
    }

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        String operation = newRow == null ? "DELETE" : "UPDATE";
        if (table.equals(HEAD_TABLE)) {
            if (newRow != null && advancesByOne(oldRow, newRow)) {
                return;
            }
            throw new SQLException("contact_log_head only advances by one entry: " + operation + " rejected", SQL_STATE);
        }
        throw new SQLException("contact_log is append-only: " + operation + " rejected", SQL_STATE);
    }

    private static boolean advancesByOne(Object[] oldRow, Object[] newRow) {
        return oldRow[HEAD_ID].equals(newRow[HEAD_ID])
                && ((Number) newRow[HEAD_SEQ]).longValue() == ((Number) oldRow[HEAD_SEQ]).longValue() + 1;
    }
}
