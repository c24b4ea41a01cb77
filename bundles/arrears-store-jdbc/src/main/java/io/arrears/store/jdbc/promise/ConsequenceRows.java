package io.arrears.store.jdbc.promise;

import io.arrears.api.dunning.LevelAdvance;
import io.arrears.api.outbox.Enqueued;
import io.arrears.api.outbox.NewOutboxMessage;
import io.arrears.api.outbox.Outbox;
import io.arrears.api.promise.Consequence;
import io.arrears.api.promise.ConsequenceKind;
import io.arrears.api.promise.RecordedConsequence;
import io.arrears.store.jdbc.Columns;
import io.arrears.store.jdbc.InsertOutcome;
import io.arrears.store.jdbc.Jdbc;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Records consequences of broken promises and plans in {@code collection_consequences} (V011), inside the caller's
 * transaction. The unique key (subject, kind) makes each consequence happen once; a collector task is enqueued in the
 * outbox under a key derived from the same pair, so neither the row nor the task can be doubled.
 */
public final class ConsequenceRows {

    static final String UNIQUE_KEY = "uk_collection_consequences";
    private static final String COLUMNS = "id, customer_key, subject_id, kind, item_ids, reason, outbox_id, recorded_at";

    private ConsequenceRows() {
    }

    /**
     * Records the consequence once; a second call for the same subject and kind returns the first record.
     *
     * @param collector who gets the task of a {@link ConsequenceKind#COLLECTOR_TASK}
     */
    public static RecordedConsequence record(Jdbc jdbc, Outbox outbox, Consequence consequence, String collector, Instant at) {
        InsertOutcome<Long> outcome = jdbc.insertUnlessExists(UNIQUE_KEY,
                () -> jdbc.insert("recording the " + consequence.kind() + " consequence of " + consequence.subjectId(),
                        "INSERT INTO collection_consequences (customer_key, subject_id, kind, item_ids, reason, recorded_at) "
                                + "VALUES (?, ?, ?, ?, ?, ?)",
                        consequence.customerId(), consequence.subjectId(), consequence.kind().name(),
                        ItemIds.join(consequence.itemIds()), consequence.reason(), Columns.utc(at)),
                () -> find(jdbc, consequence.subjectId(), consequence.kind()).orElseThrow().id());
        if (outcome.created() && consequence.kind() == ConsequenceKind.COLLECTOR_TASK) {
            Enqueued task = outbox.enqueue(jdbc.connection(), NewOutboxMessage.task(taskKey(consequence), collector,
                    "Call " + consequence.customerId() + ": " + consequence.subjectId() + " was not kept", consequence.reason()));
            jdbc.update("linking the collector task of " + consequence.subjectId(),
                    "UPDATE collection_consequences SET outbox_id = ? WHERE id = ?", task.id(), outcome.row());
        }
        return find(jdbc, consequence.subjectId(), consequence.kind()).orElseThrow();
    }

    public static List<RecordedConsequence> forCustomer(Jdbc jdbc, String customerKey) {
        return jdbc.query("reading the consequences of customer '" + customerKey + "'",
                "SELECT " + COLUMNS + " FROM collection_consequences WHERE customer_key = ? ORDER BY id",
                ConsequenceRows::read, customerKey);
    }

    /**
     * The NEXT_LEVEL consequences of the customer that no run has used yet, plus those used by notices of
     * {@code ownRunId} (a run may use one for several of its notices; 0: no run), oldest first.
     */
    public static List<LevelAdvance> pendingAdvances(Jdbc jdbc, String customerKey, long ownRunId) {
        return jdbc.query("reading the pending NEXT_LEVEL consequences of customer '" + customerKey + "'",
                "SELECT c.subject_id, c.item_ids, c.reason FROM collection_consequences c "
                        + "LEFT JOIN notices n ON n.id = c.consumed_notice_id "
                        + "WHERE c.customer_key = ? AND c.kind = 'NEXT_LEVEL' AND (c.consumed_at IS NULL OR n.run_id = ?) ORDER BY c.id",
                rs -> new LevelAdvance(rs.getString("subject_id"), ItemIds.split(rs.getString("item_ids")), rs.getString("reason")),
                customerKey, ownRunId);
    }

    /**
     * Marks the customer's unused NEXT_LEVEL consequences that cover one of {@code itemIds} as used by the executed
     * notice, in the caller's transaction.
     *
     * @return how many were consumed
     */
    public static int consumeAdvances(Jdbc jdbc, String customerKey, List<String> itemIds, long noticeId, Instant at) {
        record Pending(long id, LevelAdvance advance) {
        }
        List<Pending> pending = jdbc.query("reading the unused NEXT_LEVEL consequences of customer '" + customerKey + "'",
                "SELECT id, subject_id, item_ids, reason FROM collection_consequences "
                        + "WHERE customer_key = ? AND kind = 'NEXT_LEVEL' AND consumed_at IS NULL ORDER BY id",
                rs -> new Pending(rs.getLong("id"), new LevelAdvance(rs.getString("subject_id"), ItemIds.split(rs.getString("item_ids")),
                        rs.getString("reason"))), customerKey);
        int consumed = 0;
        for (Pending p : pending) {
            if (itemIds.stream().anyMatch(p.advance()::covers)) {
                consumed += jdbc.update("consuming the NEXT_LEVEL consequence of " + p.advance().subjectId(),
                        "UPDATE collection_consequences SET consumed_notice_id = ?, consumed_at = ? WHERE id = ? AND consumed_at IS NULL",
                        noticeId, Columns.utc(at), p.id());
            }
        }
        return consumed;
    }

    /** The consequences of {@code kind} over all customers, newest first. */
    public static List<RecordedConsequence> ofKind(Jdbc jdbc, ConsequenceKind kind, int limit) {
        return jdbc.query("reading the " + kind + " consequences",
                "SELECT " + COLUMNS + " FROM collection_consequences WHERE kind = ? ORDER BY recorded_at DESC, id DESC "
                        + "FETCH FIRST " + limit + " ROWS ONLY",
                ConsequenceRows::read, kind.name());
    }

    static String taskKey(Consequence consequence) {
        return "consequence:" + consequence.subjectId() + ":" + consequence.kind();
    }

    private static Optional<RecordedConsequence> find(Jdbc jdbc, String subjectId, ConsequenceKind kind) {
        return jdbc.queryOptional("reading the " + kind + " consequence of " + subjectId,
                "SELECT " + COLUMNS + " FROM collection_consequences WHERE subject_id = ? AND kind = ?",
                ConsequenceRows::read, subjectId, kind.name());
    }

    private static RecordedConsequence read(ResultSet rs) throws SQLException {
        Consequence consequence = new Consequence(ConsequenceKind.valueOf(rs.getString("kind")), rs.getString("customer_key"),
                rs.getString("subject_id"), ItemIds.split(rs.getString("item_ids")), rs.getString("reason"));
        return new RecordedConsequence(rs.getLong("id"), consequence, Optional.ofNullable(Columns.optionalLong(rs, "outbox_id")),
                Columns.instant(rs, "recorded_at"));
    }
}
