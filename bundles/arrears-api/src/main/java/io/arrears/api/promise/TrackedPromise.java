package io.arrears.api.promise;

import io.arrears.api.check.Checks;

/** A promise with the state last stored for it: the input of the tracker and of the call sheet. */
public record TrackedPromise(PromiseToPay promise, PromiseState state) {

    public TrackedPromise {
        Checks.present(promise, "TrackedPromise", "promise");
        Checks.present(state, "TrackedPromise", "state");
    }

    /** A promise just recorded. */
    public static TrackedPromise pending(PromiseToPay promise) {
        return new TrackedPromise(promise, PromiseState.PENDING);
    }
}
