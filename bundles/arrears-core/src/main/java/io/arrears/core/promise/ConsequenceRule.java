package io.arrears.core.promise;

import io.arrears.api.promise.ConsequenceKind;
import java.util.Objects;

/**
 * What follows when a debtor of one behaviour type does not keep their word.
 *
 * @param promiseBroken        a promise with nothing paid by the date (plus grace)
 * @param promisePartiallyKept a promise with some, not all, paid by the date (plus grace)
 * @param planBroken           a payment plan with an instalment more than the grace days late
 */
public record ConsequenceRule(ConsequenceKind promiseBroken, ConsequenceKind promisePartiallyKept, ConsequenceKind planBroken) {

    public ConsequenceRule {
        Objects.requireNonNull(promiseBroken, "promiseBroken");
        Objects.requireNonNull(promisePartiallyKept, "promisePartiallyKept");
        Objects.requireNonNull(planBroken, "planBroken");
    }
}
