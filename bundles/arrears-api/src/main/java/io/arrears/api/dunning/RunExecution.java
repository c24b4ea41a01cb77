package io.arrears.api.dunning;

import java.util.List;

/** What {@link DunningRunService#execute} did, notice by notice. */
public record RunExecution(long runId, List<NoticeDecision> decisions) {

    public RunExecution {
        decisions = List.copyOf(decisions);
    }

    public List<NoticeDecision> with(NoticeDecision.Outcome outcome) {
        return decisions.stream().filter(d -> d.outcome() == outcome).toList();
    }

    public int sentToOutbox() {
        return with(NoticeDecision.Outcome.SENT_TO_OUTBOX).size();
    }

    /** Cancelled at the re-check, each with its reason. */
    public List<NoticeDecision> cancelled() {
        return with(NoticeDecision.Outcome.CANCELLED);
    }

    public List<NoticeDecision> deferred() {
        return with(NoticeDecision.Outcome.DEFERRED);
    }

    public int alreadyDone() {
        return with(NoticeDecision.Outcome.ALREADY_DONE).size();
    }
}
