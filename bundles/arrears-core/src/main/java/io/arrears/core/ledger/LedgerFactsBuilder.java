package io.arrears.core.ledger;

import io.arrears.api.ledger.AgingBucket;
import io.arrears.api.ledger.ItemBalance;
import io.arrears.api.ledger.LedgerFacts;
import io.arrears.api.ledger.OpenItem;
import java.time.LocalDate;
import java.util.List;

/** The per-customer read view that dunning, profiling and the call sheet consume. */
public final class LedgerFactsBuilder {

    private final PaymentTrendCalculator trend;

    public LedgerFactsBuilder(PaymentTrendPolicy policy) {
        this.trend = new PaymentTrendCalculator(policy);
    }

    public LedgerFacts facts(Ledger ledger, String customerId, LocalDate asOf) {
        List<ItemBalance> balances = ledger.balances(customerId);
        List<OpenItem> open = balances.stream()
                .filter(ItemBalance::isOpenClaim)
                .sorted((a, b) -> ClaimOrder.OLDEST_FIRST.compare(a.item(), b.item()))
                .map(b -> openItem(b, asOf))
                .toList();
        return new LedgerFacts(customerId, asOf, open, ledger.creditBalances(customerId),
                ledger.lastPaymentDate(customerId), trend.trend(customerId, balances));
    }

    private static OpenItem openItem(ItemBalance balance, LocalDate asOf) {
        long days = AgingCalculator.daysPastDue(balance.item(), asOf);
        return new OpenItem(balance.item(), balance.outstanding(), balance.allocations(), days, AgingBucket.of(days));
    }
}
