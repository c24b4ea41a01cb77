package io.arrears.bench;

import io.arrears.core.dunning.DunningAssessment;
import io.arrears.core.dunning.DunningEngine;
import io.arrears.core.dunning.DunningPolicy;
import io.arrears.core.dunning.DunningProposal;
import io.arrears.core.dunning.ProposalStatus;

import java.time.Clock;

/** One dunning run over the whole portfolio: {@link DunningEngine#assess} per customer. */
final class EngineRun {

    /** What one run produced; equal for every round of the same portfolio and clock. */
    record Outcome(long proposals, long ready, long deferred, long proposedItems, long skippedItems) {
    }

    private EngineRun() {
    }

    static Outcome run(DunningEngine engine, DunningPolicy policy, Portfolio portfolio, Clock clock) {
        long proposals = 0;
        long ready = 0;
        long proposedItems = 0;
        long skipped = 0;
        for (Portfolio.CustomerItems customer : portfolio.customers()) {
            DunningAssessment assessment = engine.assess(policy, customer.debtor(), customer.items(), clock);
            for (DunningProposal proposal : assessment.proposals()) {
                proposals++;
                proposedItems += proposal.items().size();
                if (proposal.status() == ProposalStatus.READY) {
                    ready++;
                }
            }
            skipped += assessment.skipped().size();
        }
        return new Outcome(proposals, ready, proposals - ready, proposedItems, skipped);
    }
}
