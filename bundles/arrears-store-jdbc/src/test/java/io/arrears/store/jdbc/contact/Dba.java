package io.arrears.store.jdbc.contact;

import io.arrears.api.contact.ContactEntry;
import io.arrears.store.jdbc.DatabaseKind;
import io.arrears.store.jdbc.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * What a database administrator can do behind Arrears' back: switch the append-only triggers off
 * (PostgreSQL: DISABLE TRIGGER; H2 has no such command, so drop and re-create them), change rows,
 * and switch the triggers on again.
 */
final class Dba {

    private static final String[] H2_TRIGGERS = {
        "CREATE TRIGGER trg_contact_log_no_update BEFORE UPDATE ON contact_log FOR EACH ROW CALL '" + AppendOnlyTrigger.class.getName() + "'",
        "CREATE TRIGGER trg_contact_log_no_delete BEFORE DELETE ON contact_log FOR EACH ROW CALL '" + AppendOnlyTrigger.class.getName() + "'",
        "CREATE TRIGGER trg_contact_log_head_advance BEFORE UPDATE, DELETE ON contact_log_head FOR EACH ROW CALL '"
                + AppendOnlyTrigger.class.getName() + "'"};

    private Dba() {
    }

    /** Changes made on one connection with the triggers off. */
    @FunctionalInterface
    interface SqlWork {
        void run(Connection connection) throws SQLException;
    }

    /** Runs {@code sql} with the triggers off. */
    static void tamper(TestDatabase db, String... sql) {
        withoutTriggers(db, c -> {
            try (Statement s = c.createStatement()) {
                for (String statement : sql) {
                    s.execute(statement);
                }
            }
        });
    }

    static void withoutTriggers(TestDatabase db, SqlWork work) {
        boolean postgres = db.kind() == DatabaseKind.POSTGRESQL;
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
            if (postgres) {
                s.execute("ALTER TABLE contact_log DISABLE TRIGGER USER");
                s.execute("ALTER TABLE contact_log_head DISABLE TRIGGER USER");
            } else {
                s.execute("DROP TRIGGER trg_contact_log_no_update");
                s.execute("DROP TRIGGER trg_contact_log_no_delete");
                s.execute("DROP TRIGGER trg_contact_log_head_advance");
            }
            work.run(c);
            if (postgres) {
                s.execute("ALTER TABLE contact_log ENABLE TRIGGER USER");
                s.execute("ALTER TABLE contact_log_head ENABLE TRIGGER USER");
            } else {
                for (String trigger : H2_TRIGGERS) {
                    s.execute(trigger);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("tampering failed on " + db.kind() + ": " + e.getMessage(), e);
        }
    }

    /**
     * The thorough forger: changes rows and recomputes every hash from there on and the head, so
     * the chain itself is consistent again. Only a checkpoint taken before can tell.
     */
    static void rewrite(TestDatabase db, UnaryOperator<List<ContactLogRow>> change) {
        List<ContactLogRow> rewritten = new ArrayList<>();
        String previous = ContactEntry.GENESIS_HASH;
        for (ContactLogRow row : change.apply(rows(db))) {
            ContactLogRow rehashed = ContactLogRow.append(rewritten.size() + 1, row.recordedAt(), row.toEntry().content(), previous);
            rewritten.add(rehashed);
            previous = rehashed.entryHash();
        }
        String head = previous;
        withoutTriggers(db, c -> {
            try (Statement s = c.createStatement()) {
                s.execute("DELETE FROM contact_log");
            }
            for (ContactLogRow row : rewritten) {
                insertRaw(c, row);
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE contact_log_head SET head_seq = ?, head_hash = ?")) {
                ps.setLong(1, rewritten.size());
                ps.setString(2, head);
                ps.executeUpdate();
            }
        });
    }

    static List<ContactLogRow> rows(TestDatabase db) {
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT " + ContactLogRow.COLUMNS + " FROM contact_log ORDER BY seq")) {
            List<ContactLogRow> rows = new ArrayList<>();
            while (rs.next()) {
                rows.add(ContactLogRow.read(rs));
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Inserts a row as given, whatever its hashes. */
    static void insertRaw(Connection c, ContactLogRow row) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO contact_log (" + ContactLogRow.COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            Object[] values = row.values();
            for (int i = 0; i < values.length; i++) {
                ps.setObject(i + 1, values[i]);
            }
            ps.executeUpdate();
        }
    }
}
