package io.arrears.core.dunning;

import java.util.List;

/** Everything one decision produced for one customer: the proposals and the items left out, with reasons. */
public record DunningAssessment(List<DunningProposal> proposals, List<SkippedItem> skipped) {

    public DunningAssessment {
        proposals = List.copyOf(proposals);
        skipped = List.copyOf(skipped);
    }
}
