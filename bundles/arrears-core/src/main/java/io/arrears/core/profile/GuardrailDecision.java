package io.arrears.core.profile;

import java.util.List;

/** Whether a collector may make an offer alone, or needs a manager's approval, and why. */
public record GuardrailDecision(boolean needsManagerApproval, List<String> reasons) {

    public GuardrailDecision {
        reasons = List.copyOf(reasons);
        if (needsManagerApproval == reasons.isEmpty()) {
            throw new IllegalArgumentException("a decision needing approval must say why, and only then");
        }
    }

    public boolean allowed() {
        return !needsManagerApproval;
    }
}
