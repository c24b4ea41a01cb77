package io.arrears.rest.internal.dashboard;

import io.arrears.api.ledger.AgingBalance;
import io.arrears.api.ledger.AgingBucket;
import io.arrears.api.ledger.AgingReport;
import io.arrears.api.ledger.Item;
import io.arrears.api.ledger.ItemKind;
import io.arrears.api.ledger.LedgerEvent;
import io.arrears.api.ledger.LedgerEvent.ItemCancelled;
import io.arrears.api.ledger.LedgerEvent.ItemRecorded;
import io.arrears.api.ledger.LedgerEvent.PaymentRecorded;
import io.arrears.api.ledger.PeriodFlows;
import io.arrears.api.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * DSO, best possible DSO, average days delinquent and CEI per currency over the period
 * ({@code asOf − days}, {@code asOf}] (standards.md, metrics), from the ledger's events and the
 * portfolio aging at {@code asOf}.
 *
 * <p>Credit sales are the invoices issued in the period less the credit notes issued in it.
 * Receivables at the start of the period are not replayed: they follow from the closing balance,
 * {@code opening = closing − credit sales + collected + cancelled}, where collected are the
 * payments value-dated in the period (less reversals) and cancelled the amounts of invoices
 * cancelled in it. CEI then reads {@code (collected + cancelled) / (collected + cancelled +
 * closing overdue) × 100}.
 */
public final class ReceivableMetrics {

    private ReceivableMetrics() {
    }

    /** The metrics with the period's flows replayed from the whole journal (no read model). */
    public static List<CurrencyMetrics> compute(List<LedgerEvent> events, AgingReport closing, int days) {
        requirePeriod(days);
        return fromFlows(flows(events, closing.asOf().minusDays(days), closing.asOf()), closing, days);
    }

    /** The flows after {@code start} up to and including {@code end}, replayed from the journal. */
    public static List<PeriodFlows> flows(List<LedgerEvent> events, LocalDate start, LocalDate end) {
        Map<String, Sums> sums = new TreeMap<>();
        Map<String, Money> itemAmounts = new HashMap<>();
        for (LedgerEvent event : events) {
            if (event instanceof ItemRecorded recorded) {
                Item item = recorded.item();
                itemAmounts.put(item.id(), item.amount());
                if (inPeriod(item.issueDate(), start, end)) {
                    if (item.kind() == ItemKind.INVOICE) {
                        sums(sums, item.amount()).sales = sums(sums, item.amount()).sales.add(item.amount().amount());
                    } else if (item.kind() == ItemKind.CREDIT_NOTE) {
                        sums(sums, item.amount()).sales = sums(sums, item.amount()).sales.subtract(item.amount().amount());
                    }
                }
            } else if (event instanceof PaymentRecorded paid && inPeriod(paid.payment().valueDate(), start, end)) {
                Money amount = paid.payment().amount();
                BigDecimal signed = paid.payment().reversalOf().isPresent() ? amount.amount().negate() : amount.amount();
                sums(sums, amount).collected = sums(sums, amount).collected.add(signed);
            } else if (event instanceof ItemCancelled cancelled && inPeriod(cancelled.date(), start, end)) {
                Money amount = itemAmounts.get(cancelled.itemId());
                if (amount != null) {
                    sums(sums, amount).cancelled = sums(sums, amount).cancelled.add(amount.amount());
                }
            }
        }
        return sums.entrySet().stream().map(e -> {
            Currency currency = Currency.getInstance(e.getKey());
            Sums s = e.getValue();
            return new PeriodFlows(currency, Money.rounded(s.sales, currency), Money.rounded(s.collected, currency),
                    Money.rounded(s.cancelled, currency));
        }).toList();
    }

    /** The metrics from the period's flows (from the journal or the read model) and the closing aging. */
    public static List<CurrencyMetrics> fromFlows(Collection<PeriodFlows> flows, AgingReport closing, int days) {
        requirePeriod(days);
        LocalDate end = closing.asOf();
        LocalDate start = end.minusDays(days);
        Map<String, Sums> sums = new TreeMap<>();
        for (PeriodFlows flow : flows) {
            Sums s = sums.computeIfAbsent(flow.currency().getCurrencyCode(), c -> new Sums());
            s.sales = flow.creditSales().amount();
            s.collected = flow.collected().amount();
            s.cancelled = flow.cancelled().amount();
        }
        for (AgingBalance balance : closing.balances()) {
            Sums s = sums.computeIfAbsent(balance.currency().getCurrencyCode(), c -> new Sums());
            s.closing = balance.total().amount();
            s.current = balance.amount(AgingBucket.CURRENT).amount();
        }
        return sums.entrySet().stream().map(e -> e.getValue().metrics(Currency.getInstance(e.getKey()), start, end, days))
                .toList();
    }

    private static void requirePeriod(int days) {
        if (days < 1) {
            throw new IllegalArgumentException("days must be at least 1, was " + days);
        }
    }

    private static boolean inPeriod(LocalDate date, LocalDate start, LocalDate end) {
        return date.isAfter(start) && !date.isAfter(end);
    }

    private static Sums sums(Map<String, Sums> all, Money like) {
        return all.computeIfAbsent(like.currencyCode(), c -> new Sums());
    }

    /** Running sums of one currency. */
    private static final class Sums {
        BigDecimal sales = BigDecimal.ZERO;
        BigDecimal collected = BigDecimal.ZERO;
        BigDecimal cancelled = BigDecimal.ZERO;
        BigDecimal closing = BigDecimal.ZERO;
        BigDecimal current = BigDecimal.ZERO;

        CurrencyMetrics metrics(Currency currency, LocalDate start, LocalDate end, int days) {
            BigDecimal overdue = closing.subtract(current);
            BigDecimal opening = closing.subtract(sales).add(collected).add(cancelled);
            Optional<BigDecimal> dso = perSales(closing, days);
            Optional<BigDecimal> bestDso = perSales(current, days);
            BigDecimal resolved = collected.add(cancelled);
            BigDecimal ceiBase = resolved.add(overdue);
            Optional<BigDecimal> cei = ceiBase.signum() <= 0 ? Optional.empty()
                    : Optional.of(resolved.multiply(BigDecimal.valueOf(100)).divide(ceiBase, 1, RoundingMode.HALF_UP));
            return new CurrencyMetrics(currency, start, end, days, money(currency, opening), money(currency, sales),
                    money(currency, collected), money(currency, closing), money(currency, current), dso, bestDso,
                    dso.flatMap(d -> bestDso.map(d::subtract)), cei);
        }

        private Optional<BigDecimal> perSales(BigDecimal receivables, int days) {
            return sales.signum() <= 0 ? Optional.empty()
                    : Optional.of(receivables.multiply(BigDecimal.valueOf(days)).divide(sales, 1, RoundingMode.HALF_UP));
        }

        private static Money money(Currency currency, BigDecimal amount) {
            return Money.rounded(amount, currency);
        }
    }

    /**
     * The metrics of one currency; a ratio is empty when its denominator is zero (no credit sales,
     * nothing collected or overdue).
     */
    public record CurrencyMetrics(Currency currency, LocalDate from, LocalDate to, int days, Money openingReceivables,
            Money creditSales, Money collected, Money closingReceivables, Money closingCurrent, Optional<BigDecimal> dso,
            Optional<BigDecimal> bestPossibleDso, Optional<BigDecimal> averageDaysDelinquent, Optional<BigDecimal> cei) {
    }
}
