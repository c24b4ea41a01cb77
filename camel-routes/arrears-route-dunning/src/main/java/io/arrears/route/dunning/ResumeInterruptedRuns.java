package io.arrears.route.dunning;

import io.arrears.api.dunning.DunningRunService;
import io.arrears.api.dunning.RunExecution;
import io.arrears.api.dunning.StaleFencingTokenException;
import java.time.Duration;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finishes runs whose execution began but stopped (the node executing it was killed, or lost its lease): the
 * notices still PROPOSED are executed, the others are skipped, so nothing is sent twice.
 */
class ResumeInterruptedRuns implements Processor {

    private static final Logger LOG = LoggerFactory.getLogger(ResumeInterruptedRuns.class);

    private final DunningRunService runs;
    private final FencedExecution execution;
    private final Duration idle;

    ResumeInterruptedRuns(DunningRunService runs, FencedExecution execution, Duration idle) {
        this.runs = runs;
        this.execution = execution;
        this.idle = idle;
    }

    @Override
    public void process(Exchange exchange) {
        for (long runId : runs.interruptedRuns(idle)) {
            LOG.warn("Dunning run {} was interrupted during execution (no progress for {}): resuming it", runId, idle);
            try {
                RunExecution done = execution.execute(runId);
                LOG.info("Dunning run {} resumed: {} sent to the outbox, {} cancelled, {} deferred, {} already done", runId,
                        done.sentToOutbox(), done.cancelled().size(), done.deferred().size(), done.alreadyDone());
            } catch (StaleFencingTokenException e) {
                LOG.warn("Dunning run {} was taken over by a newer leader; this node stops working on it", runId);
                return;
            }
        }
    }
}
