package io.arrears.api.dunning;

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

    /** The latest runs, newest first. */
    List<RunSummary> runs(int limit);
}
