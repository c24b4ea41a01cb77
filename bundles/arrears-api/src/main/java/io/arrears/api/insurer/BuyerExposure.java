package io.arrears.api.insurer;

import io.arrears.api.money.Money;
import java.util.Optional;

/**
 * A buyer's exposure under one policy: what is outstanding in the limit's currency against the credit limit.
 *
 * @param utilisationPercent outstanding / limit × 100, rounded half-up to one decimal; empty for a zero limit
 */
public record BuyerExposure(long policyId, String policyNumber, String insurerId, String customerId, Money creditLimit,
        Money outstanding, Money overdue, Money headroom, Optional<java.math.BigDecimal> utilisationPercent,
        boolean overLimit) {
}
