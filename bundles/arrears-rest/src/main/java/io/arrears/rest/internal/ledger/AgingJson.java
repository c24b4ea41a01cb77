package io.arrears.rest.internal.ledger;

import io.arrears.api.ledger.AgingBalance;
import io.arrears.api.ledger.AgingBucket;
import io.arrears.api.ledger.AgingReport;
import io.arrears.rest.internal.json.MoneyJson;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Aging at a date, of one customer or ({@code erpCustomerId} null) the portfolio: one balance per
 * currency; {@code buckets} has every bucket, in order from CURRENT to OVER_180.
 */
public record AgingJson(LocalDate asOf, String erpCustomerId, List<Balance> balances) {

    public record Balance(String currency, Map<String, MoneyJson> buckets, MoneyJson total, MoneyJson overdue) {
    }

    public static AgingJson of(AgingReport report) {
        return new AgingJson(report.asOf(), report.customerId().orElse(null),
                report.balances().stream().map(AgingJson::balance).toList());
    }

    private static Balance balance(AgingBalance balance) {
        Map<String, MoneyJson> buckets = new LinkedHashMap<>();
        for (AgingBucket bucket : AgingBucket.values()) {
            buckets.put(bucket.name(), MoneyJson.of(balance.amount(bucket)));
        }
        return new Balance(balance.currency().getCurrencyCode(), buckets, MoneyJson.of(balance.total()),
                MoneyJson.of(balance.overdue()));
    }
}
