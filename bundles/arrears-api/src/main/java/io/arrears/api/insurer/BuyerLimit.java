package io.arrears.api.insurer;

import io.arrears.api.money.Money;
import java.util.Objects;

/**
 * A buyer insured under a policy.
 *
 * @param customerId     the ERP customer id of the buyer
 * @param registrationId the buyer's registration or VAT id as the insurer knows it
 * @param creditLimit    the limit the insurer granted (its currency is the policy's limit currency for this buyer)
 */
public record BuyerLimit(String customerId, String registrationId, Money creditLimit) {

    public BuyerLimit {
        InsurerPolicy.requireText("customerId", customerId, 64);
        registrationId = registrationId == null ? "" : registrationId.strip();
        Objects.requireNonNull(creditLimit, "BuyerLimit.creditLimit");
        if (creditLimit.isNegative()) {
            throw new IllegalArgumentException("credit limit of buyer " + customerId + " must not be negative");
        }
    }
}
