package io.arrears.api.ledger;

import io.arrears.api.check.Checks;
import io.arrears.api.money.Money;
import java.time.LocalDate;

/**
 * Part of a payment or credit note settling part of a claim.
 *
 * @param sourceId  a payment's external key or a credit note's item id, see {@link AllocationSource}
 * @param itemId    the claim settled
 * @param valueDate when the money counts as received: the payment's value date, or the credit note's
 *                  issue date; for credit applied later (over-payment used on a newer item) the
 *                  later of that and the item's issue date
 * @param amount    positive, in the currency of both source and item
 */
public record Allocation(String sourceId, AllocationSource source, String itemId, LocalDate valueDate, Money amount) {

    public Allocation {
        Checks.text(sourceId, "Allocation", "sourceId");
        Checks.present(source, "Allocation", "source");
        Checks.text(itemId, "Allocation", "itemId");
        Checks.present(valueDate, "Allocation", "valueDate");
        Checks.positive(amount, "Allocation", "amount");
    }
}
