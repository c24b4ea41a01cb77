package io.arrears.route.dunning;

import io.arrears.api.dunning.DunningRunService;
import io.arrears.api.dunning.RunProposal;
import java.time.LocalDate;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Proposes the run for the date in the body; the body becomes the {@link RunProposal}. */
class ProposeRun implements Processor {

    private static final Logger LOG = LoggerFactory.getLogger(ProposeRun.class);

    private final DunningRunService runs;

    ProposeRun(DunningRunService runs) {
        this.runs = runs;
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        LocalDate runDate = exchange.getMessage().getMandatoryBody(LocalDate.class);
        RunProposal proposal = runs.propose(runDate);
        LOG.info("Dunning run {} for {}: {} notices proposed, {} customers skipped", proposal.runId(), runDate,
                proposal.proposals().size(), proposal.skipped().size());
        exchange.getMessage().setBody(proposal);
    }
}
