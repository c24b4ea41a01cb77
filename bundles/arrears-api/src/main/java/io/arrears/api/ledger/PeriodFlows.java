package io.arrears.api.ledger;

import io.arrears.api.check.Checks;
import io.arrears.api.money.Money;
import java.util.Currency;

/**
 * What moved through the receivables of one currency in a period: credit sales (invoices less credit notes issued), money
 * collected (payments by value date, reversals deducted) and claims cancelled (their amounts, by cancellation date).
 */
public record PeriodFlows(Currency currency, Money creditSales, Money collected, Money cancelled) {

    public PeriodFlows {
        Checks.present(currency, "PeriodFlows", "currency");
        for (Money amount : new Money[] {creditSales, collected, cancelled}) {
            Checks.present(amount, "PeriodFlows", "amounts");
            if (!amount.currency().equals(currency)) {
                throw new IllegalArgumentException("PeriodFlows amounts must be in " + currency.getCurrencyCode() + ", was " + amount);
            }
        }
    }
}
