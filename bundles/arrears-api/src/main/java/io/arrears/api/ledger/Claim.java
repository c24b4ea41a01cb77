package io.arrears.api.ledger;

import io.arrears.api.check.Checks;
import java.util.Optional;

/**
 * A fee or interest claim: its own ledger item (kind FEE or INTEREST) charged by a notice, with its own lifecycle. It stays
 * owed after the invoice it was charged for is paid and ends only when paid or explicitly waived.
 *
 * @param balance the item and its state (amount, settled, waived, outstanding, status)
 * @param waiver  who waived it, when and why; empty unless waived
 */
public record Claim(ItemBalance balance, Optional<Waiver> waiver) {

    public Claim {
        Checks.present(balance, "Claim", "balance");
        waiver = Checks.optional(waiver);
        if (!balance.item().kind().isWaivable()) {
            throw new IllegalArgumentException("Claim: item " + balance.item().id() + " is " + balance.item().kind()
                    + ", not a fee or interest");
        }
    }

    public String id() {
        return balance.item().id();
    }

    /** The document number of the invoice or instalment the claim was charged for. */
    public Optional<String> chargedFor() {
        return balance.item().parentDocumentNumber();
    }
}
