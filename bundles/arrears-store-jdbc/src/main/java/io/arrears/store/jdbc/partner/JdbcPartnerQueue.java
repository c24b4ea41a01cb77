package io.arrears.store.jdbc.partner;

import io.arrears.api.partner.MessageState;
import io.arrears.api.partner.PartnerKind;
import io.arrears.api.partner.PartnerMessage;
import io.arrears.api.partner.PartnerQueue;
import io.arrears.store.jdbc.Columns;
import io.arrears.store.jdbc.Jdbc;
import io.arrears.store.jdbc.JdbcTransactions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The partner queue on {@code partner_messages}. Claiming locks due rows with {@code FOR UPDATE SKIP LOCKED} and moves
 * each with an UPDATE that re-checks {@code state = 'PLANNED'}, so two nodes never claim the same message. Marking a
 * message sent also moves what it carries: a placement to PLACED, a notification to sent.
 */
public final class JdbcPartnerQueue implements PartnerQueue {

    private static final int MAX_ERROR = 2000;

    private final JdbcTransactions transactions;
    private final Clock clock;

    public JdbcPartnerQueue(DataSource dataSource, Clock clock) {
        this.transactions = new JdbcTransactions(dataSource);
        this.clock = clock;
    }

    @Override
    public List<PartnerMessage> claimDue(PartnerKind kind, String partnerId, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("claim limit must be at least 1, was " + limit);
        }
        Instant now = clock.instant();
        return transactions.inTransaction(jdbc -> {
            List<Long> due = jdbc.query("finding due partner messages", "SELECT id FROM partner_messages WHERE partner_kind = ? "
                    + "AND partner_id = ? AND state = 'PLANNED' AND next_attempt_at <= ? ORDER BY next_attempt_at, id LIMIT ? "
                    + "FOR UPDATE SKIP LOCKED", rs -> rs.getLong(1), kind.name(), partnerId, Columns.utc(now), limit);
            List<PartnerMessage> claimed = new ArrayList<>();
            for (long id : due) {
                int moved = jdbc.update("claiming partner message " + id, "UPDATE partner_messages SET state = 'SENDING', "
                        + "attempts = attempts + 1, claimed_at = ? WHERE id = ? AND state = 'PLANNED'", Columns.utc(now), id);
                if (moved == 1) {
                    claimed.add(load(jdbc, id));
                }
            }
            return claimed;
        });
    }

    @Override
    public void markSent(long id, Instant at) {
        transactions.inTransaction(jdbc -> {
            PartnerMessage message = expect(jdbc, id, MessageState.SENDING);
            jdbc.update("marking partner message " + id + " sent", "UPDATE partner_messages SET state = 'SENT', sent_at = ? "
                    + "WHERE id = ?", Columns.utc(at), id);
            long subject = PartnerMessageRows.subjectId(message.key());
            switch (message.content().type()) {
                case "placement" -> jdbc.update("marking placement " + subject + " placed",
                        "UPDATE agency_placements SET status = 'PLACED' WHERE id = ? AND status = 'APPROVED'", subject);
                case "notification" -> jdbc.update("marking notification " + subject + " sent",
                        "UPDATE insurer_notifications SET sent_at = ? WHERE id = ? AND sent_at IS NULL", Columns.utc(at), subject);
                default -> {
                    // a recall changes the placement only when the agency acknowledges it
                }
            }
            return null;
        });
    }

    @Override
    public PartnerMessage markFailed(long id, String error, Duration retryAfter, int maxAttempts) {
        return transactions.inTransaction(jdbc -> {
            PartnerMessage message = expect(jdbc, id, MessageState.SENDING);
            String text = error == null ? "(no detail)" : error.length() > MAX_ERROR ? error.substring(0, MAX_ERROR) : error;
            boolean last = message.attempts() >= maxAttempts;
            jdbc.update("recording a failed delivery of partner message " + id, "UPDATE partner_messages SET state = ?, "
                    + "next_attempt_at = ?, last_error = ?, claimed_at = NULL WHERE id = ?", last ? "FAILED" : "PLANNED",
                    Columns.utc(clock.instant().plus(retryAfter)), text, id);
            return load(jdbc, id);
        });
    }

    @Override
    public int recoverStale(Duration timeout) {
        return transactions.inTransaction(jdbc -> jdbc.update("recovering stale partner messages", "UPDATE partner_messages "
                + "SET state = 'PLANNED', claimed_at = NULL WHERE state = 'SENDING' AND claimed_at < ?",
                Columns.utc(clock.instant().minus(timeout))));
    }

    @Override
    public void retry(long id) {
        transactions.inTransaction(jdbc -> {
            expect(jdbc, id, MessageState.FAILED);
            return jdbc.update("re-planning partner message " + id, "UPDATE partner_messages SET state = 'PLANNED', attempts = 0, "
                    + "next_attempt_at = ? WHERE id = ?", Columns.utc(clock.instant()), id);
        });
    }

    @Override
    public Optional<PartnerMessage> findByKey(String key) {
        return transactions.inTransaction(jdbc -> jdbc.queryOptional("reading partner message '" + key + "'",
                "SELECT " + PartnerMessageRows.COLUMNS + " FROM partner_messages WHERE message_key = ?", PartnerMessageRows::read, key));
    }

    @Override
    public List<PartnerMessage> list(PartnerKind kind, String partnerId, int limit) {
        return transactions.inTransaction(jdbc -> jdbc.query("listing partner messages", "SELECT " + PartnerMessageRows.COLUMNS
                + " FROM partner_messages WHERE partner_kind = ? AND partner_id = ? ORDER BY id DESC LIMIT ?",
                PartnerMessageRows::read, kind.name(), partnerId, limit));
    }

    private static PartnerMessage load(Jdbc jdbc, long id) {
        return jdbc.queryOptional("reading partner message " + id, "SELECT " + PartnerMessageRows.COLUMNS
                + " FROM partner_messages WHERE id = ?", PartnerMessageRows::read, id)
                .orElseThrow(() -> new IllegalArgumentException("no partner message with id " + id));
    }

    private static PartnerMessage expect(Jdbc jdbc, long id, MessageState state) {
        PartnerMessage message = load(jdbc, id);
        if (message.state() != state) {
            throw new IllegalStateException("partner message " + id + " (" + message.key() + ") is " + message.state()
                    + ", expected " + state);
        }
        return message;
    }
}
