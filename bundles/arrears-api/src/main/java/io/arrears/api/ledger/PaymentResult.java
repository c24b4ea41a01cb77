package io.arrears.api.ledger;

import io.arrears.api.check.Checks;
import io.arrears.api.money.Money;
import java.util.List;

/**
 * What applying a payment (or a reversal) did. Applying the same payment again returns the same
 * result.
 *
 * @param allocations         for a payment: the allocations made from it; for a reversal: the
 *                            allocations it removed
 * @param credit              for a payment: the part not allocated, now credit on the customer in
 *                            the payment's currency; for a reversal: the unused credit it removed
 * @param unmatchedReferences references of the payment that name no item of the customer in the
 *                            payment's currency (for a collector to look at)
 */
public record PaymentResult(
        String externalKey,
        String customerId,
        boolean reversal,
        List<Allocation> allocations,
        Money credit,
        List<String> unmatchedReferences) {

    public PaymentResult {
        Checks.text(externalKey, "PaymentResult", "externalKey");
        Checks.text(customerId, "PaymentResult", "customerId");
        allocations = Checks.list(allocations, "PaymentResult", "allocations");
        Checks.present(credit, "PaymentResult", "credit");
        if (credit.isNegative()) {
            throw new IllegalArgumentException("PaymentResult.credit must not be negative, was " + credit);
        }
        unmatchedReferences = Checks.list(unmatchedReferences, "PaymentResult", "unmatchedReferences");
    }

    /** The sum of the allocations, in the credit's currency. */
    public Money allocated() {
        return allocations.stream().map(Allocation::amount).reduce(Money.zero(credit.currency()), Money::plus);
    }
}
