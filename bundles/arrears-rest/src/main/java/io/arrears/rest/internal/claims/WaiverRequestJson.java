package io.arrears.rest.internal.claims;

/** Body of {@code POST customers/{erpCustomerId}/claims/{claimId}/waiver}: why the claim is given up (1–200 characters). */
public record WaiverRequestJson(String reason) {

    static final int MAX_REASON = 200;

    String checkedReason() {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("reason is required: say why the claim is waived");
        }
        if (reason.strip().length() > MAX_REASON) {
            throw new IllegalArgumentException("reason is " + reason.strip().length() + " characters; at most " + MAX_REASON);
        }
        return reason.strip();
    }
}
