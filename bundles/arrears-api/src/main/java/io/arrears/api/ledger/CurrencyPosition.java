package io.arrears.api.ledger;

import io.arrears.api.check.Checks;
import io.arrears.api.money.Money;
import java.util.Currency;

/**
 * A customer's position in one currency at a date.
 *
 * @param outstanding what is still owed on open claims
 * @param overdue     the part of it past its due date
 * @param credit      unused credit (over-payments, credit notes not yet applied)
 */
public record CurrencyPosition(Currency currency, Money outstanding, Money overdue, Money credit) {

    public CurrencyPosition {
        Checks.present(currency, "CurrencyPosition", "currency");
        for (Money amount : new Money[] {outstanding, overdue, credit}) {
            Checks.present(amount, "CurrencyPosition", "amounts");
            if (!amount.currency().equals(currency) || amount.isNegative()) {
                throw new IllegalArgumentException("CurrencyPosition amounts must be non-negative "
                        + currency.getCurrencyCode() + " amounts, was " + amount);
            }
        }
        if (overdue.compareTo(outstanding) > 0) {
            throw new IllegalArgumentException(
                    "CurrencyPosition.overdue " + overdue + " exceeds outstanding " + outstanding);
        }
    }
}
