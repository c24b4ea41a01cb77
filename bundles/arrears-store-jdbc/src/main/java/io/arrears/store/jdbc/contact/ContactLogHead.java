package io.arrears.store.jdbc.contact;

import java.sql.ResultSet;
import java.sql.SQLException;

/** The row of {@code contact_log_head}: the last appended entry (0 and the genesis hash when empty). */
record ContactLogHead(long seq, String hash) {

    static ContactLogHead read(ResultSet rs) throws SQLException {
        return new ContactLogHead(rs.getLong("head_seq"), rs.getString("head_hash"));
    }
}
