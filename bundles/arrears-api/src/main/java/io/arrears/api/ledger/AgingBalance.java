package io.arrears.api.ledger;

import io.arrears.api.check.Checks;
import io.arrears.api.money.Money;
import java.util.Collections;
import java.util.Currency;
import java.util.EnumMap;
import java.util.Map;

/** Outstanding amounts of open claims in one currency, per aging bucket (every bucket present). */
public record AgingBalance(Currency currency, Map<AgingBucket, Money> amounts) {

    public AgingBalance {
        Checks.present(currency, "AgingBalance", "currency");
        Checks.present(amounts, "AgingBalance", "amounts");
        EnumMap<AgingBucket, Money> copy = new EnumMap<>(AgingBucket.class);
        for (AgingBucket bucket : AgingBucket.values()) {
            Money amount = amounts.get(bucket);
            if (amount == null) {
                throw new IllegalArgumentException("AgingBalance.amounts has no value for bucket " + bucket);
            }
            if (!amount.currency().equals(currency) || amount.isNegative()) {
                throw new IllegalArgumentException("AgingBalance.amounts[" + bucket + "] must be a non-negative "
                        + currency.getCurrencyCode() + " amount, was " + amount);
            }
            copy.put(bucket, amount);
        }
        amounts = Collections.unmodifiableMap(copy);
    }

    public Money amount(AgingBucket bucket) {
        return amounts.get(bucket);
    }

    public Money total() {
        return amounts.values().stream().reduce(Money.zero(currency), Money::plus);
    }

    /** Everything past due (all buckets but CURRENT). */
    public Money overdue() {
        return total().minus(amount(AgingBucket.CURRENT));
    }
}
