package io.arrears.api.dunning;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** What {@link DunningRunService#propose} stored: the run and its proposals, customer by customer. */
public record RunProposal(long runId, LocalDate runDate, List<CustomerProposal> proposals, List<SkippedCustomer> skipped) {

    public RunProposal {
        Objects.requireNonNull(runDate, "RunProposal.runDate");
        proposals = List.copyOf(proposals);
        skipped = List.copyOf(skipped);
    }

    public boolean isEmpty() {
        return proposals.isEmpty();
    }
}
