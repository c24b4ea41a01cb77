package io.arrears.api.promise;

/** Where a promise to pay stands, judged from the payments received. */
public enum PromiseState {
    /** The promised date (plus grace) has not passed and not enough was paid yet. */
    PENDING,
    /** At least the promised amount arrived by the promised date (plus grace). */
    KEPT,
    /** The date and grace passed with some, but not enough, money received. */
    PARTIALLY_KEPT,
    /** The date and grace passed with nothing received. */
    BROKEN;

    /** True for the outcomes that call for the promised consequence. */
    public boolean isFailed() {
        return this == PARTIALLY_KEPT || this == BROKEN;
    }
}
