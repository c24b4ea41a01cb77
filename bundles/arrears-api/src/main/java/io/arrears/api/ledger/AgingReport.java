package io.arrears.api.ledger;

import io.arrears.api.check.Checks;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Aging of open claims at a date, for one customer or (customerId empty) the whole portfolio.
 * One balance per currency, ordered by currency code; currencies are never added together.
 */
public record AgingReport(LocalDate asOf, Optional<String> customerId, List<AgingBalance> balances) {

    public AgingReport {
        Checks.present(asOf, "AgingReport", "asOf");
        customerId = Checks.optionalText(customerId, "AgingReport", "customerId");
        balances = Checks.list(balances, "AgingReport", "balances");
        if (balances.stream().map(AgingBalance::currency).distinct().count() != balances.size()) {
            throw new IllegalArgumentException("AgingReport.balances has a currency twice: " + balances);
        }
    }

    public boolean isPortfolio() {
        return customerId.isEmpty();
    }

    public Optional<AgingBalance> balance(String currencyCode) {
        return balances.stream().filter(b -> b.currency().getCurrencyCode().equals(currencyCode)).findFirst();
    }
}
