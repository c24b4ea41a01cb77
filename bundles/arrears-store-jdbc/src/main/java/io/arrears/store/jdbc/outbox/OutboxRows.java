package io.arrears.store.jdbc.outbox;

import io.arrears.api.outbox.Attachment;
import io.arrears.api.outbox.DeliveryChannel;
import io.arrears.api.outbox.DeliveryState;
import io.arrears.api.outbox.FailureKind;
import io.arrears.api.outbox.NewOutboxMessage;
import io.arrears.api.outbox.OutboxMessage;
import io.arrears.api.outbox.Recipient;
import io.arrears.store.jdbc.Columns;
import io.arrears.store.jdbc.Jdbc;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** Reads {@code outbox_messages} rows and their {@code outbox_attachments} back into {@link OutboxMessage}. */
final class OutboxRows {

    static final String COLUMNS = "m.id, m.outbox_key, m.channel, m.recipient_address, m.recipient_name, m.subject, "
            + "m.body_text, m.body_html, m.state, m.attempts, m.next_attempt_at, m.last_error, m.failure_kind, "
            + "m.created_at, m.updated_at";
    private static final String ATTACHMENTS = """
            SELECT name, media_type, content FROM outbox_attachments WHERE message_id = ? ORDER BY position""";

    private OutboxRows() {
    }

    /** The rows {@code sql} selects (with {@link #COLUMNS} from {@code outbox_messages m}), each with its attachments. */
    static List<OutboxMessage> load(Jdbc jdbc, String operation, String sql, Object... params) {
        List<Header> headers = jdbc.query(operation, sql, OutboxRows::header, params);
        return headers.stream().map(h -> h.with(attachments(jdbc, h.id()))).toList();
    }

    private static List<Attachment> attachments(Jdbc jdbc, long messageId) {
        return jdbc.query("reading attachments of outbox message " + messageId, ATTACHMENTS,
                rs -> new Attachment(rs.getString("name"), rs.getString("media_type"), rs.getBytes("content")), messageId);
    }

    private static Header header(ResultSet rs) throws SQLException {
        return new Header(rs.getLong("id"), rs.getString("outbox_key"), DeliveryChannel.valueOf(rs.getString("channel")),
                new Recipient(rs.getString("recipient_address"), Optional.ofNullable(rs.getString("recipient_name"))),
                Optional.ofNullable(rs.getString("subject")), rs.getString("body_text"),
                Optional.ofNullable(rs.getString("body_html")), DeliveryState.valueOf(rs.getString("state")),
                rs.getInt("attempts"), rs, Optional.ofNullable(rs.getString("last_error")),
                Optional.ofNullable(rs.getString("failure_kind")).map(FailureKind::valueOf));
    }

    /** One message row without its attachments (read in a second query). */
    private record Header(long id, String key, DeliveryChannel channel, Recipient recipient, Optional<String> subject,
            String body, Optional<String> html, DeliveryState state, int attempts, java.time.Instant nextAttemptAt,
            Optional<String> lastError, Optional<FailureKind> failureKind, java.time.Instant createdAt,
            java.time.Instant updatedAt) {

        Header(long id, String key, DeliveryChannel channel, Recipient recipient, Optional<String> subject, String body,
                Optional<String> html, DeliveryState state, int attempts, ResultSet rs, Optional<String> lastError,
                Optional<FailureKind> failureKind) throws SQLException {
            this(id, key, channel, recipient, subject, body, html, state, attempts, Columns.instant(rs, "next_attempt_at"),
                    lastError, failureKind, Columns.instant(rs, "created_at"), Columns.instant(rs, "updated_at"));
        }

        OutboxMessage with(List<Attachment> attachments) {
            NewOutboxMessage content = new NewOutboxMessage(key, channel, recipient, subject, body, html, attachments);
            return new OutboxMessage(id, content, state, attempts, nextAttemptAt, lastError, failureKind, createdAt, updatedAt);
        }
    }
}
