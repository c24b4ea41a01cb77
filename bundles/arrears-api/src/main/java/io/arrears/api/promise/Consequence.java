package io.arrears.api.promise;

import io.arrears.api.check.Checks;
import java.util.List;

/**
 * A consequence to execute: the decision is made here, the caller (dunning engine, worklist,
 * escalation) carries it out.
 *
 * @param subjectId the broken promise's or plan's id
 * @param itemIds   the items concerned; empty means the whole account
 * @param reason    for the contact log and the collector, e.g. "promise P-7 of 500.00 EUR by 2025-03-14 broken: nothing received"
 */
public record Consequence(ConsequenceKind kind, String customerId, String subjectId, List<String> itemIds, String reason) {

    public Consequence {
        Checks.present(kind, "Consequence", "kind");
        Checks.text(customerId, "Consequence", "customerId");
        Checks.text(subjectId, "Consequence", "subjectId");
        itemIds = Checks.list(itemIds, "Consequence", "itemIds");
        Checks.text(reason, "Consequence", "reason");
    }
}
