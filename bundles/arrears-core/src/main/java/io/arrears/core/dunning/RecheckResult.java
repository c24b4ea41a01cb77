package io.arrears.core.dunning;

import java.time.Instant;
import java.util.Objects;

/**
 * The answer of the execution re-check.
 *
 * @param notBefore when DEFERRED, the earliest instant to try again; otherwise the check instant
 */
public record RecheckResult(Outcome outcome, Instant notBefore, String reason) {

    public enum Outcome {
        /** Still eligible: send it now. */
        PROCEED,
        /** Still eligible, but not now (quiet hours, holiday, weekend, a contact made since). */
        DEFER,
        /** No longer right to send (paid, changed residual, blocked, disputed, already noticed). */
        CANCEL
    }

    public RecheckResult {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(notBefore, "notBefore");
        Objects.requireNonNull(reason, "reason");
    }

    public boolean eligible() {
        return outcome != Outcome.CANCEL;
    }
}
