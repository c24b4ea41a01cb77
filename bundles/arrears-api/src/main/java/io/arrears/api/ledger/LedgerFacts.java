package io.arrears.api.ledger;

import io.arrears.api.check.Checks;
import io.arrears.api.money.Money;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What the ledger knows about one customer at a date, after every payment, credit note and
 * over-payment has been applied: the input of dunning, profiling and the call sheet.
 *
 * @param openItems       open claims, oldest due first
 * @param creditBalances  unused credit per currency (positive amounts, by currency code); a customer
 *                        with credit in a currency has no open claim in that currency
 * @param lastPaymentDate value date of the latest payment not reversed
 */
public record LedgerFacts(
        String customerId,
        LocalDate asOf,
        List<OpenItem> openItems,
        List<Money> creditBalances,
        Optional<LocalDate> lastPaymentDate,
        PaymentTrend paymentTrend) {

    public LedgerFacts {
        Checks.text(customerId, "LedgerFacts", "customerId");
        Checks.present(asOf, "LedgerFacts", "asOf");
        openItems = Checks.list(openItems, "LedgerFacts", "openItems");
        creditBalances = Checks.list(creditBalances, "LedgerFacts", "creditBalances");
        creditBalances.forEach(c -> Checks.positive(c, "LedgerFacts", "creditBalances[]"));
        lastPaymentDate = Checks.optional(lastPaymentDate);
        Checks.present(paymentTrend, "LedgerFacts", "paymentTrend");
        for (OpenItem open : openItems) {
            if (!open.item().customerId().equals(customerId)) {
                throw new IllegalArgumentException("LedgerFacts of customer " + customerId + " holds item "
                        + open.item().id() + " of customer " + open.item().customerId());
            }
        }
    }

    public List<OpenItem> overdueItems() {
        return openItems.stream().filter(OpenItem::isOverdue).toList();
    }

    /** The total outstanding per currency, by currency code. */
    public List<Money> totalOutstanding() {
        return totals(openItems);
    }

    /** The total overdue per currency, by currency code. */
    public List<Money> totalOverdue() {
        return totals(overdueItems());
    }

    public Money credit(Currency currency) {
        return creditBalances.stream().filter(c -> c.currency().equals(currency)).findFirst().orElse(Money.zero(currency));
    }

    /** The open item furthest past due, if any. */
    public Optional<OpenItem> oldestOverdue() {
        return overdueItems().stream().max(Comparator.comparingLong(OpenItem::daysPastDue));
    }

    private static List<Money> totals(List<OpenItem> items) {
        Map<String, Money> byCurrency = new TreeMap<>();
        for (OpenItem open : items) {
            byCurrency.merge(open.outstanding().currencyCode(), open.outstanding(), Money::plus);
        }
        return List.copyOf(byCurrency.values());
    }
}
