package io.arrears.core.ledger;

import io.arrears.api.ledger.AgingBalance;
import io.arrears.api.ledger.AgingBucket;
import io.arrears.api.ledger.AgingReport;
import io.arrears.api.ledger.CustomerProjection;
import io.arrears.api.ledger.Item;
import io.arrears.api.ledger.ItemBalance;
import io.arrears.api.ledger.ProjectedClaim;
import io.arrears.api.money.Money;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Currency;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Aging of what is outstanding now, seen at an as-of date: each open claim goes into the bucket of
 * its days past due at that date. Credit balances are not aged (a customer with credit in a
 * currency has no open claim in it). For aging as it stood on a past date, replay the events up
 * to that date first.
 */
public final class AgingCalculator {

    /** As-of date − due date, in days; zero or negative when not yet due. */
    public static long daysPastDue(Item item, LocalDate asOf) {
        return ChronoUnit.DAYS.between(item.dueDate(), asOf);
    }

    public AgingReport customer(Ledger ledger, String customerId, LocalDate asOf) {
        return report(asOf, Optional.of(customerId), ledger.balances(customerId));
    }

    /** The same report from a read-model position: its open claims are exactly the ledger's open claims. */
    public AgingReport customer(CustomerProjection projection, LocalDate asOf) {
        Map<String, Map<AgingBucket, Money>> byCurrency = new TreeMap<>();
        for (ProjectedClaim claim : projection.openClaims()) {
            add(byCurrency, claim.outstanding(), ChronoUnit.DAYS.between(claim.dueDate(), asOf));
        }
        return report(asOf, Optional.of(projection.customerId()), byCurrency);
    }

    public AgingReport portfolio(Ledger ledger, LocalDate asOf) {
        List<ItemBalance> all = ledger.customerIds().stream().flatMap(id -> ledger.balances(id).stream()).toList();
        return report(asOf, Optional.empty(), all);
    }

    private static AgingReport report(LocalDate asOf, Optional<String> customerId, Collection<ItemBalance> balances) {
        Map<String, Map<AgingBucket, Money>> byCurrency = new TreeMap<>();
        for (ItemBalance balance : balances) {
            if (!balance.isOpenClaim()) {
                continue;
            }
            add(byCurrency, balance.outstanding(), daysPastDue(balance.item(), asOf));
        }
        return report(asOf, customerId, byCurrency);
    }

    private static void add(Map<String, Map<AgingBucket, Money>> byCurrency, Money outstanding, long daysPastDue) {
        Currency currency = outstanding.currency();
        byCurrency.computeIfAbsent(currency.getCurrencyCode(), c -> zeros(currency))
                .merge(AgingBucket.of(daysPastDue), outstanding, Money::plus);
    }

    private static AgingReport report(LocalDate asOf, Optional<String> customerId, Map<String, Map<AgingBucket, Money>> byCurrency) {
        List<AgingBalance> rows = byCurrency.values().stream()
                .map(amounts -> new AgingBalance(amounts.get(AgingBucket.CURRENT).currency(), amounts))
                .toList();
        return new AgingReport(asOf, customerId, rows);
    }

    private static Map<AgingBucket, Money> zeros(Currency currency) {
        Map<AgingBucket, Money> amounts = new EnumMap<>(AgingBucket.class);
        for (AgingBucket bucket : AgingBucket.values()) {
            amounts.put(bucket, Money.zero(currency));
        }
        return amounts;
    }
}
