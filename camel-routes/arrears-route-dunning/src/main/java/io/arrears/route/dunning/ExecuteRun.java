package io.arrears.route.dunning;

import io.arrears.api.dunning.RunExecution;
import io.arrears.api.dunning.RunProposal;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Executes the proposed run in the body. Safe to redeliver: executing a run again sends nothing twice.
 */
class ExecuteRun implements Processor {

    private static final Logger LOG = LoggerFactory.getLogger(ExecuteRun.class);

    private final FencedExecution runs;

    ExecuteRun(FencedExecution runs) {
        this.runs = runs;
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        RunProposal proposal = exchange.getMessage().getMandatoryBody(RunProposal.class);
        RunExecution execution = runs.execute(proposal.runId());
        LOG.info("Dunning run {} executed: {} sent to the outbox, {} cancelled, {} deferred, {} already done",
                execution.runId(), execution.sentToOutbox(), execution.cancelled().size(), execution.deferred().size(),
                execution.alreadyDone());
        exchange.getMessage().setBody(execution);
    }
}
