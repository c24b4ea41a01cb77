package io.arrears.api.dunning;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    /**
     * {@link #addNotice} for each of {@code notices}, in order, one result per notice. Stores override this to store them
     * in one transaction (the dunning run's proposal stores a chunk of customers' notices at once); the unique key
     * still decides per notice.
     */
    default List<OptionalLong> addNotices(long runId, List<NewNotice> notices, Instant createdAt) {
        return notices.stream().map(notice -> addNotice(runId, notice, createdAt)).toList();
    }

    /** The run's notices in the order they were proposed. */
    List<StoredNotice> notices(long runId);

    /** Executed (APPLIED or SENT) notices of one customer: the last per item and the last contact. */
    NoticeHistory history(String customerId);

    /**
     * {@link #history} of each of {@code customerIds}, by id (every id present). Stores override this to read many
     * customers with few round trips (the dunning run's proposal reads every customer with an open claim).
     */
    default Map<String, NoticeHistory> histories(Collection<String> customerIds) {
        Map<String, NoticeHistory> histories = new LinkedHashMap<>();
        customerIds.forEach(id -> histories.put(id, history(id)));
        return histories;
    }

    /**
     * Executes one notice exactly once, in one transaction: locks the notice; when it is no longer PROPOSED
     * returns ALREADY_DONE without calling {@code decide}; otherwise calls {@code decide} with the notice and
     * the customer's current history, then applies the decision (Send: enqueue every message with
     * {@code Outbox.enqueue(connection, ...)} and mark APPLIED; Cancel: mark CANCELLED; Defer: keep PROPOSED
     * with the new not-before) and commits. A failure rolls everything back.
     */
    default NoticeDecision execute(long noticeId, Instant now, BiFunction<StoredNotice, NoticeHistory, ExecutionDecision> decide) {
        return execute(noticeId, OptionalLong.empty(), now, decide);
    }

    /**
     * {@link #execute(long, Instant, BiFunction)} with a fencing token: in the same transaction the notice's run
     * records the token, and when the run has already seen a higher one nothing is written.
     *
     * @throws StaleFencingTokenException when the run has seen a higher token
     */
    NoticeDecision execute(long noticeId, OptionalLong fencingToken, Instant now,
            BiFunction<StoredNotice, NoticeHistory, ExecutionDecision> decide);

    /**
     * Records that the run's execution began (kept from the first time) and, with a token, that this token now
     * writes to the run.
     *
     * @throws StaleFencingTokenException when the run has seen a higher token
     */
    void startExecution(long runId, OptionalLong fencingToken, Instant now);

    /**
     * RUNNING runs whose execution began before {@code idleSince} and none of whose notices was executed after it:
     * interrupted by a stopped node, oldest first.
     */
    List<Long> interruptedRuns(Instant idleSince);

    /** Sets the run COMPLETED when none of its notices is PROPOSED any more; returns the run's status. */
    RunStatus completeIfDone(long runId, Instant now);

    Optional<RunSummary> run(long runId);

    /** The notice with this key (also its outbox message's key), with its lines and charges. */
    Optional<StoredNotice> findByKey(String noticeKey);

    /** Newest first. */
    List<RunSummary> runs(int limit);
}
