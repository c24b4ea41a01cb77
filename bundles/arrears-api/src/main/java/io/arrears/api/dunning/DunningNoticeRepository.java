package io.arrears.api.dunning;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.BiFunction;

/**
 * The store's side of the dunning runs: runs, notices and the exactly-once execution.
 * Customers are referenced by their ERP customer id (which must be in the customer master data),
 * items by their ledger item id.
 */
public interface DunningNoticeRepository {

    /** Starts a run (RUNNING) and returns its id. */
    long createRun(LocalDate runDate, String triggeredBy, Instant startedAt);

    /**
     * Stores a PROPOSED notice of the run. Empty when the customer already has a notice at this level on this
     * run date (an earlier run of the same day): the unique key decides, not a read before the write.
     */
    OptionalLong addNotice(long runId, NewNotice notice, Instant createdAt);

    /** The run's notices in the order they were proposed. */
    List<StoredNotice> notices(long runId);

    /** Executed (APPLIED or SENT) notices of one customer: the last per item and the last contact. */
    NoticeHistory history(String customerId);

    /**
     * Executes one notice exactly once, in one transaction: locks the notice; when it is no longer PROPOSED
     * returns ALREADY_DONE without calling {@code decide}; otherwise calls {@code decide} with the notice and
     * the customer's current history, then applies the decision (Send: enqueue every message with
     * {@code Outbox.enqueue(connection, ...)} and mark APPLIED; Cancel: mark CANCELLED; Defer: keep PROPOSED
     * with the new not-before) and commits. A failure rolls everything back.
     */
    NoticeDecision execute(long noticeId, Instant now, BiFunction<StoredNotice, NoticeHistory, ExecutionDecision> decide);

    /** Sets the run COMPLETED when none of its notices is PROPOSED any more; returns the run's status. */
    RunStatus completeIfDone(long runId, Instant now);

    Optional<RunSummary> run(long runId);

    /** Newest first. */
    List<RunSummary> runs(int limit);
}
