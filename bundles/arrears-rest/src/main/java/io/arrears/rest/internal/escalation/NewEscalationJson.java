package io.arrears.rest.internal.escalation;

import java.util.Arrays;
import java.util.Locale;

/** The body of {@code POST /customers/{id}/escalations}: where to and why. */
public record NewEscalationJson(String kind, String reason) {

    static final int MAX_REASON = 2000;

    EscalationKind validKind() {
        if (kind == null || kind.isBlank()) {
            throw new IllegalArgumentException("kind is required, one of " + Arrays.toString(EscalationKind.values()));
        }
        try {
            return EscalationKind.valueOf(kind.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("kind '" + kind + "' is not one of " + Arrays.toString(EscalationKind.values()), e);
        }
    }

    String validReason() {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("reason is required: say why the case should be escalated");
        }
        if (reason.length() > MAX_REASON) {
            throw new IllegalArgumentException("reason is longer than " + MAX_REASON + " characters");
        }
        return reason.strip();
    }
}
