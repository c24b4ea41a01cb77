package io.arrears.api.dunning;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

/** Turns dunning decisions into persisted notices and outbox messages, each exactly once. */
public interface DunningRunService {

    /** Decides every customer as of {@code runDate} and stores the proposals as a new run (nothing is sent). */
    RunProposal propose(LocalDate runDate);

    /**
     * Re-checks and sends every pending notice of the run: one transaction per notice. Calling it again
     * sends nothing twice (already executed notices are counted as already done).
     */
    RunExecution execute(long runId);

    /**
     * {@link #execute(long)} by the leader of the dunning namespace: every write carries its fencing token,
     * and the store refuses the whole notice once a higher token has written to the run.
     *
     * @throws StaleFencingTokenException when another node took the run over with a higher token
     */
    RunExecution execute(long runId, long fencingToken);

    /**
     * Runs whose execution began and did not finish, and that nobody has worked on for {@code idle} (the node
     * executing them stopped), oldest first.
     */
    List<Long> interruptedRuns(Duration idle);

    /** The latest runs, newest first. */
    List<RunSummary> runs(int limit);
}
