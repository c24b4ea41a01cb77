package io.arrears.core.plan;

import io.arrears.api.money.Money;
import io.arrears.api.plan.EarlyPaymentDiscount;
import io.arrears.core.profile.GuardrailDecision;
import io.arrears.core.profile.Guardrails;
import io.arrears.core.profile.Offer;
import io.arrears.core.promise.Receipts;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Limited-time early-payment discounts: the discount applies only when the discounted amount is paid
 * in full with value dates from the offer day to the last valid day (for named items: the payment
 * money the ledger put on them; for the account: every payment).
 */
public final class EarlyPaymentDiscounts {

    private EarlyPaymentDiscounts() {
    }

    public static DiscountState state(EarlyPaymentDiscount offer, Receipts receipts, LocalDate asOf) {
        Objects.requireNonNull(offer, "offer");
        Objects.requireNonNull(asOf, "asOf");
        if (!offer.customerId().equals(receipts.customerId())) {
            throw new IllegalArgumentException("discount for customer " + offer.customerId() + " cannot be judged by the receipts of customer "
                    + receipts.customerId());
        }
        LocalDate until = asOf.isBefore(offer.validUntil()) ? asOf : offer.validUntil();
        Money paid = until.isBefore(offer.offeredOn()) ? Money.zero(offer.debt().currency())
                : receipts.counted(offer.itemIds(), offer.debt().currency(), offer.offeredOn(), until);
        if (paid.compareTo(offer.discountedAmount()) >= 0) {
            return DiscountState.EARNED;
        }
        return asOf.isAfter(offer.validUntil()) ? DiscountState.EXPIRED : DiscountState.OPEN;
    }

    /** Whether the collector may offer it alone (discount percent within the type's guardrails). */
    public static GuardrailDecision check(EarlyPaymentDiscount offer, Guardrails guardrails) {
        return guardrails.check(Offer.earlyPaymentDiscount(offer.debt(), offer.percent()));
    }
}
