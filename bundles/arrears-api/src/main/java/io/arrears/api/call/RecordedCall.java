package io.arrears.api.call;

import io.arrears.api.check.Checks;
import io.arrears.api.promise.PromiseToPay;
import java.util.Optional;

/**
 * A validated call outcome with what it produced: the promise to store and track (for a promised
 * payment) and the confirmation to queue on the e-mail channel.
 */
public record RecordedCall(CallOutcome outcome, Optional<PromiseToPay> promise, ConfirmationDraft confirmation) {

    public RecordedCall {
        Checks.present(outcome, "RecordedCall", "outcome");
        promise = Checks.optional(promise);
        Checks.present(confirmation, "RecordedCall", "confirmation");
        if (promise.isPresent() != outcome.kind().isPromise()) {
            throw new IllegalArgumentException("RecordedCall: a " + outcome.kind() + " outcome "
                    + (outcome.kind().isPromise() ? "needs" : "must not carry") + " a promise");
        }
    }
}
