package io.arrears.store.jdbc.outbox;

import static io.arrears.store.jdbc.Columns.utc;

import io.arrears.api.outbox.Attachment;
import io.arrears.api.outbox.DeliveryState;
import io.arrears.api.outbox.Enqueued;
import io.arrears.api.outbox.FailureKind;
import io.arrears.api.outbox.NewOutboxMessage;
import io.arrears.api.outbox.Outbox;
import io.arrears.api.outbox.OutboxMessage;
import io.arrears.api.outbox.OutboxQuery;
import io.arrears.api.outbox.Resolution;
import io.arrears.api.outbox.RetryPolicy;
import io.arrears.api.store.StoreException;
import io.arrears.store.jdbc.InsertOutcome;
import io.arrears.store.jdbc.Jdbc;
import io.arrears.store.jdbc.JdbcTransactions;
import io.arrears.store.jdbc.SqlErrors;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * The outbox in {@code outbox_messages}. Claiming locks due rows with {@code FOR UPDATE SKIP LOCKED}
 * (PostgreSQL, H2) and then moves each with an UPDATE that re-checks {@code state = 'PLANNED'}: a row
 * another node claimed meanwhile updates no row and is left out, so no message is claimed twice.
 */
public final class JdbcOutbox implements Outbox {

    static final String KEY_CONSTRAINT = "uk_outbox_messages_key";
    private static final int MAX_ERROR = 2000;

    private static final String INSERT = """
            INSERT INTO outbox_messages (outbox_key, channel, recipient_address, recipient_name, subject, body_text, body_html,
                state, attempts, next_attempt_at, created_at, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, 'PLANNED', 0, ?, ?, ?)""";
    private static final String INSERT_ATTACHMENT = """
            INSERT INTO outbox_attachments (message_id, position, name, media_type, content) VALUES (?, ?, ?, ?, ?)""";
    private static final String ID_BY_KEY = "SELECT id FROM outbox_messages WHERE outbox_key = ?";
    private static final String DUE = """
            SELECT id FROM outbox_messages WHERE state = 'PLANNED' AND next_attempt_at <= ?
            ORDER BY next_attempt_at, id LIMIT ? FOR UPDATE SKIP LOCKED""";
    private static final String CLAIM = """
            UPDATE outbox_messages SET state = 'SENDING', attempts = attempts + 1, claimed_at = ?, attempt_started_at = NULL,
                updated_at = ? WHERE id = ? AND state = 'PLANNED'""";
    private static final String SELECT = "SELECT " + OutboxRows.COLUMNS + " FROM outbox_messages m ";
    private static final String STATE_OF = "SELECT state FROM outbox_messages WHERE id = ?";
    private static final String STALE = """
            SELECT id, attempt_started_at FROM outbox_messages WHERE state = 'SENDING' AND claimed_at < ? ORDER BY id
            FOR UPDATE SKIP LOCKED""";

    private final JdbcTransactions transactions;
    private final Clock clock;

    public JdbcOutbox(DataSource dataSource, Clock clock) {
        this.transactions = new JdbcTransactions(dataSource);
        this.clock = clock;
    }

    @Override
    public Enqueued enqueue(Connection connection, NewOutboxMessage message) {
        Objects.requireNonNull(message, "message");
        requireTransaction(connection, message.key());
        return enqueue(new Jdbc(connection), message);
    }

    @Override
    public Enqueued enqueue(NewOutboxMessage message) {
        Objects.requireNonNull(message, "message");
        return transactions.inTransaction(jdbc -> enqueue(jdbc, message));
    }

    private Enqueued enqueue(Jdbc jdbc, NewOutboxMessage message) {
        InsertOutcome<Long> outcome = jdbc.insertUnlessExists(KEY_CONSTRAINT, () -> insert(jdbc, message),
                () -> jdbc.queryOptional("reading outbox message '" + message.key() + "'", ID_BY_KEY, rs -> rs.getLong(1),
                        message.key()).orElseThrow());
        return new Enqueued(outcome.row(), outcome.created());
    }

    private long insert(Jdbc jdbc, NewOutboxMessage m) {
        Instant now = clock.instant();
        long id = jdbc.insert("enqueuing outbox message '" + m.key() + "'", INSERT, m.key(), m.channel().name(),
                m.recipient().address(), m.recipient().name().orElse(null), m.subject().orElse(null), m.body(),
                m.htmlBody().orElse(null), utc(now), utc(now), utc(now));
        List<Attachment> attachments = m.attachments();
        for (int i = 0; i < attachments.size(); i++) {
            Attachment a = attachments.get(i);
            jdbc.update("storing attachment '" + a.name() + "' of outbox message '" + m.key() + "'", INSERT_ATTACHMENT,
                    id, i, a.name(), a.mediaType(), a.content());
        }
        return id;
    }

    @Override
    public List<OutboxMessage> claimDue(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("claim limit must be at least 1, was " + limit);
        }
        Instant now = clock.instant();
        return transactions.inTransaction(jdbc -> {
            List<Long> due = jdbc.query("selecting due outbox messages", DUE, rs -> rs.getLong(1), utc(now), limit);
            List<Long> claimed = new ArrayList<>();
            for (long id : due) {
                if (jdbc.update("claiming outbox message " + id, CLAIM, utc(now), utc(now), id) == 1) {
                    claimed.add(id);
                }
            }
            return claimed.isEmpty() ? List.<OutboxMessage>of()
                    : OutboxRows.load(jdbc, "reading claimed outbox messages", SELECT + "WHERE m.id IN ("
                            + claimed.stream().map(String::valueOf).collect(Collectors.joining(", "))
                            + ") ORDER BY m.next_attempt_at, m.id");
        });
    }

    @Override
    public void markAttemptStarted(long id) {
        transition(id, Set.of(DeliveryState.SENDING), "attempt_started_at = ?", utc(clock.instant()));
    }

    @Override
    public void markSent(long id) {
        transition(id, Set.of(DeliveryState.SENDING, DeliveryState.UNKNOWN), "state = 'SENT'");
    }

    @Override
    public OutboxMessage markFailed(long id, FailureKind kind, String error, RetryPolicy policy) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(policy, "policy");
        return transactions.inTransaction(jdbc -> {
            OutboxMessage message = OutboxRows.load(jdbc, "reading outbox message " + id, SELECT + "WHERE m.id = ? FOR UPDATE", id)
                    .stream().findFirst().orElseThrow(() -> missing(id));
            if (message.state() != DeliveryState.SENDING && message.state() != DeliveryState.UNKNOWN) {
                throw wrongState(message.id(), message.state(), Set.of(DeliveryState.SENDING, DeliveryState.UNKNOWN));
            }
            Instant now = clock.instant();
            boolean retry = kind.retryable() && policy.mayRetryAfter(message.attempts());
            Instant next = retry ? now.plus(policy.delayAfter(Math.max(1, message.attempts()))) : message.nextAttemptAt();
            jdbc.update("recording a failed attempt of outbox message " + id, """
                    UPDATE outbox_messages SET state = ?, next_attempt_at = ?, claimed_at = NULL, failure_kind = ?, last_error = ?,
                        updated_at = ? WHERE id = ?""",
                    (retry ? DeliveryState.PLANNED : DeliveryState.FAILED).name(), utc(next), kind.name(),
                    truncate(error), utc(now), id);
            return OutboxRows.load(jdbc, "reading outbox message " + id, SELECT + "WHERE m.id = ?", id).get(0);
        });
    }

    @Override
    public void markCancelled(long id, String reason) {
        transition(id, Set.of(DeliveryState.SENDING), "state = 'CANCELLED', claimed_at = NULL, last_error = ?", truncate(reason));
    }

    @Override
    public void markUndelivered(long id, FailureKind kind, String detail) {
        Objects.requireNonNull(kind, "kind");
        transition(id, Set.of(DeliveryState.SENT, DeliveryState.UNKNOWN), "state = 'FAILED', failure_kind = ?, last_error = ?",
                kind.name(), truncate(detail));
    }

    @Override
    public void markUnknown(long id, String reason) {
        transition(id, Set.of(DeliveryState.SENDING), "state = 'UNKNOWN', last_error = ?", truncate(reason));
    }

    @Override
    public int recoverStale(Duration timeout) {
        if (timeout.isNegative()) {
            throw new IllegalArgumentException("stale SENDING timeout must not be negative, was " + timeout);
        }
        Instant now = clock.instant();
        return transactions.inTransaction(jdbc -> {
            record Stale(long id, boolean attempted) {
            }
            List<Stale> stale = jdbc.query("selecting stale SENDING outbox messages", STALE,
                    rs -> new Stale(rs.getLong(1), rs.getObject(2) != null), utc(now.minus(timeout)));
            int recovered = 0;
            for (Stale message : stale) {
                if (!message.attempted()) {
                    // claimed in a batch, never tried before the node stopped: nothing can have been delivered
                    jdbc.update("planning never-attempted outbox message " + message.id() + " again", """
                            UPDATE outbox_messages SET state = 'PLANNED', attempts = attempts - 1, claimed_at = NULL,
                                next_attempt_at = ?, last_error = ?, updated_at = ? WHERE id = ? AND state = 'SENDING'""",
                            utc(now), "claimed by a node that stopped before attempting it; planned again", utc(now), message.id());
                    continue;
                }
                recovered += jdbc.update("marking stale outbox message " + message.id() + " UNKNOWN", """
                        UPDATE outbox_messages SET state = 'UNKNOWN', last_error = ?, updated_at = ? WHERE id = ? AND state = 'SENDING'""",
                        "still SENDING after " + timeout + ": the node sending it stopped; it may or may not have been delivered",
                        utc(now), message.id());
            }
            return recovered;
        });
    }

    @Override
    public void resolveUnknown(long id, Resolution resolution, String operator) {
        Objects.requireNonNull(resolution, "resolution");
        String by = operator(operator);
        if (resolution == Resolution.SENT) {
            transition(id, Set.of(DeliveryState.UNKNOWN), "state = 'SENT', resolved_by = ?", by);
        } else {
            transition(id, Set.of(DeliveryState.UNKNOWN), "state = 'PLANNED', claimed_at = NULL, next_attempt_at = ?, resolved_by = ?",
                    utc(clock.instant()), by);
        }
    }

    @Override
    public void retryDeadLetter(long id, String operator) {
        transition(id, Set.of(DeliveryState.FAILED),
                "state = 'PLANNED', attempts = 0, claimed_at = NULL, next_attempt_at = ?, resolved_by = ?",
                utc(clock.instant()), operator(operator));
    }

    @Override
    public Optional<OutboxMessage> find(long id) {
        return transactions.inTransaction(jdbc ->
                OutboxRows.load(jdbc, "reading outbox message " + id, SELECT + "WHERE m.id = ?", id).stream().findFirst());
    }

    @Override
    public Optional<OutboxMessage> findByKey(String key) {
        return transactions.inTransaction(jdbc ->
                OutboxRows.load(jdbc, "reading outbox message '" + key + "'", SELECT + "WHERE m.outbox_key = ?", key)
                        .stream().findFirst());
    }

    @Override
    public List<OutboxMessage> deadLetters() {
        return inState(DeliveryState.FAILED);
    }

    @Override
    public List<OutboxMessage> unknowns() {
        return inState(DeliveryState.UNKNOWN);
    }

    @Override
    public List<OutboxMessage> list(OutboxQuery query) {
        Objects.requireNonNull(query, "query");
        StringBuilder where = new StringBuilder("WHERE 1 = 1");
        List<Object> params = new ArrayList<>();
        if (!query.states().isEmpty()) {
            where.append(" AND m.state IN (").append(query.states().stream().map(s -> "?").collect(Collectors.joining(", "))).append(')');
            query.states().stream().map(Enum::name).sorted().forEach(params::add);
        }
        query.channel().ifPresent(c -> {
            where.append(" AND m.channel = ?");
            params.add(c.name());
        });
        query.failureKind().ifPresent(k -> {
            where.append(" AND m.failure_kind = ?");
            params.add(k.name());
        });
        params.add(query.limit());
        return transactions.inTransaction(jdbc -> OutboxRows.load(jdbc, "listing outbox messages",
                SELECT + where + " ORDER BY m.updated_at DESC, m.id DESC LIMIT ?", params.toArray()));
    }

    private List<OutboxMessage> inState(DeliveryState state) {
        return transactions.inTransaction(jdbc -> OutboxRows.load(jdbc, "listing " + state + " outbox messages",
                SELECT + "WHERE m.state = ? ORDER BY m.updated_at, m.id", state.name()));
    }

    /** {@code UPDATE ... SET <assignments>, updated_at WHERE id AND state IN (from)}; explains a miss. */
    private void transition(long id, Set<DeliveryState> from, String assignments, Object... params) {
        transactions.inTransaction(jdbc -> {
            List<Object> all = new ArrayList<>(List.of(params));
            all.add(utc(clock.instant()));
            all.add(id);
            String states = from.stream().map(s -> "'" + s.name() + "'").sorted().collect(Collectors.joining(", "));
            int updated = jdbc.update("changing the state of outbox message " + id,
                    "UPDATE outbox_messages SET " + assignments + ", updated_at = ? WHERE id = ? AND state IN (" + states + ")",
                    all.toArray());
            if (updated == 0) {
                DeliveryState actual = jdbc.queryOptional("reading outbox message " + id, STATE_OF,
                        rs -> DeliveryState.valueOf(rs.getString(1)), id).orElseThrow(() -> missing(id));
                throw wrongState(id, actual, from);
            }
            return updated;
        });
    }

    private static IllegalArgumentException missing(long id) {
        return new IllegalArgumentException("there is no outbox message " + id);
    }

    private static IllegalStateException wrongState(long id, DeliveryState actual, Set<DeliveryState> expected) {
        return new IllegalStateException("outbox message " + id + " is " + actual + ", expected one of "
                + expected.stream().map(Enum::name).sorted().toList());
    }

    private static String operator(String operator) {
        if (operator == null || operator.isBlank() || operator.length() > 64) {
            throw new IllegalArgumentException("operator must be a user id of 1 to 64 characters, was "
                    + (operator == null ? "null" : "'" + operator + "'"));
        }
        return operator;
    }

    private static String truncate(String text) {
        String value = text == null || text.isBlank() ? "(no detail)" : text;
        return value.length() <= MAX_ERROR ? value : value.substring(0, MAX_ERROR - 1) + "…";
    }

    private static void requireTransaction(Connection connection, String key) {
        Objects.requireNonNull(connection, "connection");
        try {
            if (connection.getAutoCommit()) {
                throw new IllegalArgumentException("enqueuing outbox message '" + key + "' needs the caller's transaction, "
                        + "but the connection is in auto-commit mode: call setAutoCommit(false) first");
            }
        } catch (SQLException e) {
            StoreException translated = SqlErrors.translate("checking the caller's transaction", e);
            throw translated;
        }
    }
}
