package io.arrears.store.jdbc.partner;

import io.arrears.api.partner.MessageState;
import io.arrears.api.partner.NewPartnerMessage;
import io.arrears.api.partner.PartnerKind;
import io.arrears.api.partner.PartnerMessage;
import io.arrears.store.jdbc.Columns;
import io.arrears.store.jdbc.Jdbc;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/** Rows of the V019 table {@code partner_messages}, written on the caller's transaction. */
public final class PartnerMessageRows {

    public static final String KEY_CONSTRAINT = "uk_partner_messages_key";
    static final String COLUMNS = "id, message_key, partner_kind, partner_id, message_type, body, state, attempts, "
            + "next_attempt_at, last_error, created_at, sent_at";

    private PartnerMessageRows() {
    }

    /** Enqueues the message as PLANNED, due now, in the caller's transaction; a known key is refused (DuplicateKeyException). */
    public static long insert(Jdbc jdbc, NewPartnerMessage message, Instant now) {
        return jdbc.insert("queuing partner message '" + message.key() + "'",
                "INSERT INTO partner_messages (message_key, partner_kind, partner_id, message_type, body, state, attempts, "
                        + "next_attempt_at, created_at) VALUES (?, ?, ?, ?, ?, 'PLANNED', 0, ?, ?)",
                message.key(), message.kind().name(), message.partnerId(), message.type(), message.body(),
                Columns.utc(now), Columns.utc(now));
    }

    static PartnerMessage read(ResultSet rs) throws SQLException {
        NewPartnerMessage content = new NewPartnerMessage(rs.getString("message_key"),
                PartnerKind.valueOf(rs.getString("partner_kind")), rs.getString("partner_id"), rs.getString("message_type"),
                rs.getString("body"));
        return new PartnerMessage(rs.getLong("id"), content, MessageState.valueOf(rs.getString("state")), rs.getInt("attempts"),
                Columns.instant(rs, "next_attempt_at"), Optional.ofNullable(rs.getString("last_error")),
                Columns.instant(rs, "created_at"), Optional.ofNullable(Columns.instant(rs, "sent_at")));
    }

    /** The numeric id at the end of a key such as {@code placement-12}. */
    static long subjectId(String key) {
        return Long.parseLong(key.substring(key.lastIndexOf('-') + 1));
    }
}
