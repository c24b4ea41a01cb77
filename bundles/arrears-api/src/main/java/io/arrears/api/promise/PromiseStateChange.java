package io.arrears.api.promise;

import io.arrears.api.check.Checks;
import io.arrears.api.money.Money;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A promise whose state changed at {@code asOf}; store the new state and execute the consequence.
 *
 * @param paid        what counted towards the promise at {@code asOf}
 * @param consequence present when the promise has just failed (PARTIALLY_KEPT or BROKEN)
 * @param reason      one sentence saying why, with the amounts and dates
 */
public record PromiseStateChange(
        String promiseId,
        String customerId,
        PromiseState from,
        PromiseState to,
        Money paid,
        LocalDate asOf,
        Optional<Consequence> consequence,
        String reason) {

    public PromiseStateChange {
        Checks.text(promiseId, "PromiseStateChange", "promiseId");
        Checks.text(customerId, "PromiseStateChange", "customerId");
        Checks.present(from, "PromiseStateChange", "from");
        Checks.present(to, "PromiseStateChange", "to");
        if (from == to) {
            throw new IllegalArgumentException("PromiseStateChange of promise " + promiseId + " does not change the state " + from);
        }
        Checks.present(paid, "PromiseStateChange", "paid");
        Checks.present(asOf, "PromiseStateChange", "asOf");
        consequence = Checks.optional(consequence);
        Checks.text(reason, "PromiseStateChange", "reason");
    }
}
