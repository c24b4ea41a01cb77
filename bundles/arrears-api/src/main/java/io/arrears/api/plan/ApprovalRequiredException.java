package io.arrears.api.plan;

import java.util.List;

/** A plan beyond the collector's negotiation guardrails: it needs manager approval. */
public class ApprovalRequiredException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final List<String> reasons;

    public ApprovalRequiredException(List<String> reasons) {
        super("needs manager approval: " + String.join("; ", reasons));
        this.reasons = List.copyOf(reasons);
    }

    public List<String> reasons() {
        return reasons;
    }
}
