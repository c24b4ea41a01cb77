package io.arrears.store.jdbc.dunning;

import io.arrears.api.dunning.DunningNoticeRepository;
import io.arrears.api.dunning.ExecutionDecision;
import io.arrears.api.dunning.NewNotice;
import io.arrears.api.dunning.NoticeCharge;
import io.arrears.api.ledger.LedgerEvent;
import io.arrears.store.jdbc.ledger.JdbcLedgerEventRepository;
import io.arrears.api.dunning.NoticeDecision;
import io.arrears.api.dunning.NoticeHistory;
import io.arrears.store.jdbc.promise.ConsequenceRows;
import io.arrears.api.dunning.NoticeLine;
import io.arrears.api.dunning.NoticeMark;
import io.arrears.api.dunning.NoticeStatus;
import io.arrears.api.dunning.RunStatus;
import io.arrears.api.dunning.RunSummary;
import io.arrears.api.dunning.StaleFencingTokenException;
import io.arrears.api.dunning.StoredNotice;
import io.arrears.api.outbox.Enqueued;
import io.arrears.api.outbox.NewOutboxMessage;
import io.arrears.api.outbox.Outbox;
import io.arrears.store.jdbc.Columns;
import io.arrears.store.jdbc.InsertOutcome;
import io.arrears.store.jdbc.Jdbc;
import io.arrears.store.jdbc.JdbcTransactions;
import io.arrears.store.jdbc.SqlErrors;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.BiFunction;
import java.util.function.Function;
import javax.sql.DataSource;

/**
 * Dunning runs and notices on the V002 tables (with the V007 columns). Exactly once: a notice leaves
 * PROPOSED in one transaction that holds its row lock, and its outbox message is written on the same
 * connection under the notice key; a second execution finds it no longer PROPOSED and does nothing.
 */
public final class JdbcDunningNoticeRepository implements DunningNoticeRepository {

    private static final String RUN_SELECT = "SELECT r.id, r.run_date, r.status, r.triggered_by, r.started_at, r.finished_at, "
            + "(SELECT count(*) FROM notices n WHERE n.run_id = r.id AND n.status = 'PROPOSED') AS proposed, "
            + "(SELECT count(*) FROM notices n WHERE n.run_id = r.id AND n.status IN ('APPLIED', 'SENT')) AS applied, "
            + "(SELECT count(*) FROM notices n WHERE n.run_id = r.id AND n.status = 'CANCELLED') AS cancelled "
            + "FROM dunning_runs r ";

    private final DataSource dataSource;
    private final JdbcTransactions transactions;
    private final Outbox outbox;
    private final JdbcLedgerEventRepository journal;

    /** Charges are journaled without keeping a read model (tests of the notices alone). */
    public JdbcDunningNoticeRepository(DataSource dataSource, Outbox outbox) {
        this(dataSource, outbox, new JdbcLedgerEventRepository(dataSource, java.time.Clock.systemUTC()));
    }

    /** @param journal journals a sent notice's fee and interest claims on the notice's connection */
    public JdbcDunningNoticeRepository(DataSource dataSource, Outbox outbox, JdbcLedgerEventRepository journal) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.transactions = new JdbcTransactions(dataSource);
        this.outbox = Objects.requireNonNull(outbox, "outbox");
        this.journal = Objects.requireNonNull(journal, "journal");
    }

    @Override
    public long createRun(LocalDate runDate, String triggeredBy, Instant startedAt) {
        return transactions.inTransaction(jdbc -> jdbc.insert("starting a dunning run",
                "INSERT INTO dunning_runs (run_date, status, triggered_by, started_at) VALUES (?, 'RUNNING', ?, ?)",
                runDate, triggeredBy, Columns.utc(startedAt)));
    }

    @Override
    public OptionalLong addNotice(long runId, NewNotice notice, Instant createdAt) {
        return transactions.inTransaction(jdbc -> addNotice(jdbc, runId, notice, createdAt));
    }

    /**
     * One transaction for all of them (one commit instead of one per notice); each notice still goes through the unique
     * key on its own savepoint, so an earlier run's notice makes only that one empty.
     */
    @Override
    public List<OptionalLong> addNotices(long runId, List<NewNotice> notices, Instant createdAt) {
        return transactions.inTransaction(jdbc -> {
            List<OptionalLong> ids = new ArrayList<>(notices.size());
            notices.forEach(notice -> ids.add(addNotice(jdbc, runId, notice, createdAt)));
            return ids;
        });
    }

    private static OptionalLong addNotice(Jdbc jdbc, long runId, NewNotice notice, Instant createdAt) {
        long customerRowId = customerRowId(jdbc, notice.customerId());
        InsertOutcome<Long> outcome = jdbc.insertUnlessExists("uk_notices_customer_level_date",
                () -> insertNotice(jdbc, runId, customerRowId, notice, createdAt), () -> 0L);
        if (!outcome.created()) {
            return OptionalLong.empty();
        }
        long id = outcome.row();
        int position = 0;
        for (NoticeLine line : notice.lines()) {
            insertLine(jdbc, id, position++, line);
        }
        position = 0;
        for (NoticeCharge charge : notice.charges()) {
            insertCharge(jdbc, id, position++, charge);
        }
        return OptionalLong.of(id);
    }

    @Override
    public List<StoredNotice> notices(long runId) {
        return transactions.inTransaction(jdbc -> {
            List<NoticeRows.NoticeRow> rows = jdbc.query("reading the notices of a run",
                    "SELECT " + NoticeRows.NOTICE_COLUMNS + " FROM notices WHERE run_id = ? ORDER BY id", NoticeRows::notice, runId);
            Map<Long, List<NoticeLine>> lines = new HashMap<>();
            jdbc.query("reading the notice lines of a run",
                    "SELECT l.* FROM notice_lines l JOIN notices n ON n.id = l.notice_id WHERE n.run_id = ? "
                            + "ORDER BY l.notice_id, l.position", NoticeRows::line, runId)
                    .forEach(l -> lines.computeIfAbsent(l.noticeId(), k -> new ArrayList<>()).add(l.line()));
            Map<Long, List<NoticeCharge>> charges = new HashMap<>();
            jdbc.query("reading the notice charges of a run",
                    "SELECT c.* FROM notice_charges c JOIN notices n ON n.id = c.notice_id WHERE n.run_id = ? "
                            + "ORDER BY c.notice_id, c.position", NoticeRows::charge, runId)
                    .forEach(c -> charges.computeIfAbsent(c.noticeId(), k -> new ArrayList<>()).add(c.charge()));
            return rows.stream().map(r -> r.withLines(lines.getOrDefault(r.id(), List.of()),
                    charges.getOrDefault(r.id(), List.of()))).toList();
        });
    }

    @Override
    public NoticeHistory history(String customerId) {
        return transactions.inTransaction(jdbc -> history(jdbc, customerId, 0));
    }

    /** One transaction for all of them instead of one per customer (the queries stay per customer). */
    @Override
    public Map<String, NoticeHistory> histories(Collection<String> customerIds) {
        return transactions.inTransaction(jdbc -> {
            Map<String, NoticeHistory> histories = new LinkedHashMap<>();
            customerIds.forEach(id -> histories.put(id, history(jdbc, id, 0)));
            return histories;
        });
    }

    @Override
    public void startExecution(long runId, OptionalLong fencingToken, Instant now) {
        transactions.inTransaction(jdbc -> {
            int updated = jdbc.update("recording the start of a run's execution",
                    "UPDATE dunning_runs SET execution_started_at = COALESCE(execution_started_at, ?) WHERE id = ?",
                    Columns.utc(now), runId);
            if (updated != 1) {
                throw new IllegalArgumentException("no dunning run with id " + runId);
            }
            if (fencingToken.isPresent()) {
                fence(jdbc, runId, fencingToken.getAsLong());
            }
            return updated;
        });
    }

    @Override
    public List<Long> interruptedRuns(Instant idleSince) {
        return transactions.inTransaction(jdbc -> jdbc.query("listing interrupted dunning runs",
                "SELECT r.id FROM dunning_runs r WHERE r.status = 'RUNNING' AND r.execution_started_at < ? AND NOT EXISTS "
                        + "(SELECT 1 FROM notices n WHERE n.run_id = r.id AND n.executed_at >= ?) ORDER BY r.id",
                rs -> rs.getLong(1), Columns.utc(idleSince), Columns.utc(idleSince)));
    }

    /**
     * The run keeps the highest fencing token that wrote to it; a lower one changes no row and is refused. The
     * row lock it takes also orders this transaction after any other fenced write to the run.
     */
    private static void fence(Jdbc jdbc, long runId, long token) {
        int updated = jdbc.update("checking the fencing token of a dunning run",
                "UPDATE dunning_runs SET fencing_token = ? WHERE id = ? AND (fencing_token IS NULL OR fencing_token <= ?)",
                token, runId, token);
        if (updated != 1) {
            throw new StaleFencingTokenException(runId, token);
        }
    }

    @Override
    public NoticeDecision execute(long noticeId, OptionalLong fencingToken, Instant now,
            BiFunction<StoredNotice, NoticeHistory, ExecutionDecision> decide) {
        return inTransaction(connection -> {
            Jdbc jdbc = new Jdbc(connection);
            if (fencingToken.isPresent()) {
                long runId = jdbc.queryOptional("reading a notice's run", "SELECT run_id FROM notices WHERE id = ?",
                                rs -> rs.getLong(1), noticeId)
                        .orElseThrow(() -> new IllegalArgumentException("no notice with id " + noticeId));
                fence(jdbc, runId, fencingToken.getAsLong());
            }
            // the row lock serialises concurrent executions of the same notice; the loser then sees it done
            NoticeStatus status = jdbc.queryOptional("locking a notice", "SELECT status FROM notices WHERE id = ? FOR UPDATE",
                            rs -> NoticeStatus.valueOf(rs.getString(1)), noticeId)
                    .orElseThrow(() -> new IllegalArgumentException("no notice with id " + noticeId));
            StoredNotice notice = storedNotice(jdbc, noticeId);
            String customer = notice.proposal().customerId();
            int level = notice.proposal().level();
            if (status != NoticeStatus.PROPOSED) {
                return new NoticeDecision(noticeId, customer, level, NoticeDecision.Outcome.ALREADY_DONE,
                        notice.executedAt().orElse(now), "already " + status + notice.outcomeReason().map(r -> ": " + r).orElse(""), 0);
            }
            ExecutionDecision decision = decide.apply(notice, history(jdbc, customer, notice.runId()));
            if (decision instanceof ExecutionDecision.Send send) {
                for (LedgerEvent event : send.ledgerEvents()) {
                    if (!(event instanceof LedgerEvent.ItemRecorded charge)) {
                        throw new IllegalArgumentException("a notice journals only the fee and interest items it charges, not " + event);
                    }
                    journal.appendCharge(jdbc, charge, now);
                }
                long messageId = 0;
                for (NewOutboxMessage message : send.messages()) {
                    Enqueued enqueued = outbox.enqueue(connection, message);
                    messageId = messageId == 0 ? enqueued.id() : messageId;
                }
                mark(jdbc, noticeId, "UPDATE notices SET status = 'APPLIED', outcome_reason = ?, executed_at = ?, sent_on = ?, "
                        + "outbox_message_id = ? WHERE id = ? AND status = 'PROPOSED'",
                        clip(send.reason()), Columns.utc(now), send.sentOn(), messageId, noticeId);
                ConsequenceRows.consumeAdvances(jdbc, customer, notice.proposal().lines().stream().map(NoticeLine::itemId).toList(),
                        noticeId, now);
                return new NoticeDecision(noticeId, customer, level, NoticeDecision.Outcome.SENT_TO_OUTBOX, now, send.reason(), messageId);
            }
            if (decision instanceof ExecutionDecision.Cancel cancel) {
                mark(jdbc, noticeId, "UPDATE notices SET status = 'CANCELLED', outcome_reason = ?, executed_at = ? "
                        + "WHERE id = ? AND status = 'PROPOSED'", clip(cancel.reason()), Columns.utc(now), noticeId);
                return new NoticeDecision(noticeId, customer, level, NoticeDecision.Outcome.CANCELLED, now, cancel.reason(), 0);
            }
            ExecutionDecision.Defer defer = (ExecutionDecision.Defer) decision;
            mark(jdbc, noticeId, "UPDATE notices SET proposal_deferred = TRUE, not_before = ?, outcome_reason = ? "
                    + "WHERE id = ? AND status = 'PROPOSED'", Columns.utc(defer.notBefore()), clip(defer.reason()), noticeId);
            return new NoticeDecision(noticeId, customer, level, NoticeDecision.Outcome.DEFERRED, defer.notBefore(), defer.reason(), 0);
        });
    }

    @Override
    public RunStatus completeIfDone(long runId, Instant now) {
        return transactions.inTransaction(jdbc -> {
            jdbc.update("completing a dunning run", "UPDATE dunning_runs SET status = 'COMPLETED', finished_at = ? "
                    + "WHERE id = ? AND status = 'RUNNING' AND NOT EXISTS "
                    + "(SELECT 1 FROM notices n WHERE n.run_id = ? AND n.status = 'PROPOSED')", Columns.utc(now), runId, runId);
            return jdbc.queryOptional("reading a run's status", "SELECT status FROM dunning_runs WHERE id = ?",
                    rs -> RunStatus.valueOf(rs.getString(1)), runId)
                    .orElseThrow(() -> new IllegalArgumentException("no dunning run with id " + runId));
        });
    }

    @Override
    public Optional<RunSummary> run(long runId) {
        return transactions.inTransaction(jdbc -> jdbc.queryOptional("reading a dunning run",
                RUN_SELECT + "WHERE r.id = ?", NoticeRows::run, runId));
    }

    @Override
    public List<RunSummary> runs(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, was " + limit);
        }
        return transactions.inTransaction(jdbc -> jdbc.query("listing dunning runs",
                RUN_SELECT + "ORDER BY r.id DESC LIMIT ?", NoticeRows::run, limit));
    }

    private static long customerRowId(Jdbc jdbc, String customerKey) {
        return jdbc.queryOptional("finding a customer", "SELECT id FROM customers WHERE erp_customer_id = ?",
                        rs -> rs.getLong(1), customerKey)
                .orElseThrow(() -> new IllegalArgumentException("customer '" + customerKey
                        + "' has no master data (customers.erp_customer_id): a notice needs the customer row"));
    }

    private static long insertNotice(Jdbc jdbc, long runId, long customerRowId, NewNotice n, Instant createdAt) {
        return jdbc.insert("storing a proposed notice",
                "INSERT INTO notices (run_id, customer_id, level, run_date, item_set_hash, total_amount, fee_amount, currency, "
                        + "status, created_at, customer_key, notice_key, level_name, channel, tone, language_tag, "
                        + "proposal_deferred, not_before, reason, charge_notes) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'PROPOSED', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                runId, customerRowId, n.level(), n.runDate(), n.itemSetHash(), n.total().amount(), n.fee().amount(),
                n.total().currencyCode(), Columns.utc(createdAt), n.customerId(), n.noticeKey(), n.levelName(),
                n.channel().name(), n.tone(), n.languageTag(), n.deferred(), Columns.utc(n.notBefore()), clip(n.reason()),
                NoticeRows.notes(n.chargeNotes()));
    }

    private static void insertLine(Jdbc jdbc, long noticeId, int position, NoticeLine line) {
        jdbc.update("storing a notice line",
                "INSERT INTO notice_lines (notice_id, position, item_key, document_number, due_date, open_amount, currency, "
                        + "days_overdue, previous_level, previous_sent_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                noticeId, position, line.itemId(), line.documentNumber(), line.dueDate(), line.residual().amount(),
                line.residual().currencyCode(), line.daysOverdue(),
                line.previousNotice().map(NoticeMark::level).orElse(null),
                line.previousNotice().map(NoticeMark::sentOn).orElse(null));
    }

    private static void insertCharge(Jdbc jdbc, long noticeId, int position, NoticeCharge c) {
        jdbc.update("storing a notice charge",
                "INSERT INTO notice_charges (notice_id, position, kind, claim_key, item_key, document_number, amount, currency, "
                        + "rate_percent, period_from, period_to) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                noticeId, position, c.kind().name(), c.claimId(), c.itemId(), c.documentNumber(), c.amount().amount(),
                c.amount().currencyCode(), c.ratePercent().orElse(null), c.from().orElse(null), c.to().orElse(null));
    }

    @Override
    public Optional<StoredNotice> findByKey(String noticeKey) {
        return transactions.inTransaction(jdbc -> jdbc.queryOptional("finding a notice by key",
                        "SELECT id FROM notices WHERE notice_key = ?", rs -> rs.getLong(1), noticeKey)
                .map(id -> storedNotice(jdbc, id)));
    }

    private static StoredNotice storedNotice(Jdbc jdbc, long noticeId) {
        NoticeRows.NoticeRow row = jdbc.queryOptional("reading a notice",
                        "SELECT " + NoticeRows.NOTICE_COLUMNS + " FROM notices WHERE id = ?", NoticeRows::notice, noticeId)
                .orElseThrow(() -> new IllegalArgumentException("no notice with id " + noticeId));
        List<NoticeLine> lines = jdbc.query("reading a notice's lines",
                "SELECT * FROM notice_lines WHERE notice_id = ? ORDER BY position", NoticeRows::line, noticeId)
                .stream().map(NoticeRows.LineRow::line).toList();
        List<NoticeCharge> charges = jdbc.query("reading a notice's charges",
                "SELECT * FROM notice_charges WHERE notice_id = ? ORDER BY position", NoticeRows::charge, noticeId)
                .stream().map(NoticeRows.ChargeRow::charge).toList();
        return row.withLines(lines, charges);
    }

    /** @param ownRunId notices of this run do not count as a last contact: one run is one contact occasion (0: none) */
    private static NoticeHistory history(Jdbc jdbc, String customerKey, long ownRunId) {
        record Mark(String itemKey, NoticeMark mark, Instant executedAt, long runId) {
        }
        List<Mark> marks = jdbc.query("reading a customer's notice history",
                "SELECT l.item_key, n.level, n.sent_on, n.executed_at, n.run_id FROM notices n JOIN notice_lines l ON l.notice_id = n.id "
                        + "WHERE n.customer_key = ? AND n.status IN ('APPLIED', 'SENT')",
                rs -> new Mark(rs.getString("item_key"), new NoticeMark(rs.getInt("level"), Columns.date(rs, "sent_on")),
                        Columns.instant(rs, "executed_at"), rs.getLong("run_id")), customerKey);
        Map<String, NoticeMark> last = new LinkedHashMap<>();
        for (Mark m : marks) {
            last.merge(m.itemKey(), m.mark(), (a, b) -> a.level() > b.level()
                    || (a.level() == b.level() && a.sentOn().isAfter(b.sentOn())) ? a : b);
        }
        Optional<Instant> lastContact = marks.stream().filter(m -> m.runId() != ownRunId).map(Mark::executedAt).filter(Objects::nonNull).max(Instant::compareTo);
        return new NoticeHistory(last, lastContact, ConsequenceRows.pendingAdvances(jdbc, customerKey, ownRunId));
    }

    private static void mark(Jdbc jdbc, long noticeId, String sql, Object... params) {
        int updated = jdbc.update("recording a notice's execution", sql, params);
        if (updated != 1) {
            throw new IllegalStateException("notice " + noticeId + " left PROPOSED while locked by this execution");
        }
    }

    private static String clip(String reason) {
        return reason.length() <= 2000 ? reason : reason.substring(0, 1997) + "...";
    }

    private <T> T inTransaction(Function<Connection, T> work) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                T result = work.apply(connection);
                connection.commit();
                return result;
            } catch (RuntimeException | Error e) {
                try {
                    connection.rollback();
                } catch (SQLException rollbackFailure) {
                    e.addSuppressed(rollbackFailure);
                }
                throw e;
            }
        } catch (SQLException e) {
            throw SqlErrors.translate("executing a dunning notice", e);
        }
    }
}
