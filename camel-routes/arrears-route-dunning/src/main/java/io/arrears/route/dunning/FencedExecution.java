package io.arrears.route.dunning;

import io.arrears.api.cluster.Leadership;
import io.arrears.api.dunning.DunningRunService;
import io.arrears.api.dunning.RunExecution;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Executes a run on behalf of the dunning leader: with the lease's fencing token, so that the database refuses
 * this node's writes once another node has taken the run over. Without a cluster service (tests) it executes
 * unfenced.
 */
final class FencedExecution {

    private final DunningRunService runs;
    private final Optional<Leadership> leadership;

    FencedExecution(DunningRunService runs, Optional<Leadership> leadership) {
        this.runs = runs;
        this.leadership = leadership;
    }

    RunExecution execute(long runId) {
        if (leadership.isEmpty()) {
            return runs.execute(runId);
        }
        OptionalLong token = leadership.get().fencingToken(Leadership.DUNNING);
        if (token.isEmpty()) {
            throw new IllegalStateException("this node no longer leads '" + Leadership.DUNNING + "': run " + runId
                    + " is left to the new leader");
        }
        return runs.execute(runId, token.getAsLong());
    }
}
