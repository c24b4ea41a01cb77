package io.arrears.bench;

import io.arrears.api.intake.CustomerMasterData;
import io.arrears.api.ledger.Item;
import io.arrears.api.ledger.LedgerEvent;
import io.arrears.api.ledger.Payment;
import io.arrears.api.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * A generated portfolio for the store benchmarks: {@code customers} customers in six countries (each paying in its
 * currency, with the behaviour of {@link PaymentBehaviour#MIX}), {@code invoices} invoices spread at random over them (due
 * dates 200 days back to 30 ahead of {@code today}) and the payments the customers' behaviour makes before {@code today},
 * without references (the ledger allocates them to the oldest open claims). Deterministic for a seed.
 */
final class StorePortfolio {

    private static final String[][] COUNTRIES = {{"DE", "EUR"}, {"PL", "PLN"}, {"TR", "TRY"}, {"GB", "GBP"}, {"IL", "ILS"},
            {"NL", "EUR"}};

    final List<CustomerMasterData> customers = new ArrayList<>();
    /** Journal order: every invoice, then the payments by value date. */
    final List<LedgerEvent> events = new ArrayList<>();
    final Map<String, Integer> customersByBehaviour = new TreeMap<>();
    int invoices;
    int payments;

    StorePortfolio(int customerCount, int invoiceCount, LocalDate today, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        for (int c = 0; c < customerCount; c++) {
            String[] country = COUNTRIES[c % COUNTRIES.length];
            customers.add(new CustomerMasterData(customerId(c), "Customer " + c + " " + country[0], country[0], null));
            customersByBehaviour.merge(PaymentBehaviour.of(c).type(), 1, Integer::sum);
        }
        record Paid(LocalDate valueDate, LedgerEvent.PaymentRecorded event) {
        }
        List<Paid> paid = new ArrayList<>();
        for (int i = 0; i < invoiceCount; i++) {
            int c = random.nextInt(customerCount);
            String customer = customerId(c);
            Currency currency = Currency.getInstance(COUNTRIES[c % COUNTRIES.length][1]);
            LocalDate due = today.plusDays(random.nextInt(-200, 31));
            Money amount = new Money(BigDecimal.valueOf(random.nextLong(1_000, 500_000), 2), currency);
            events.add(new LedgerEvent.ItemRecorded(Item.invoice(customer + "/INV-" + i, customer, "INV-" + i, due.minusDays(30),
                    due, amount)));
            invoices++;
            PaymentBehaviour behaviour = PaymentBehaviour.of(c);
            LocalDate valueDate = due.plusDays(behaviour.delay(random));
            if (random.nextInt(100) < behaviour.pays() && valueDate.isBefore(today)) {
                BigDecimal part = amount.amount().multiply(BigDecimal.valueOf(behaviour.partPercent(random)))
                        .divide(BigDecimal.valueOf(100), currency.getDefaultFractionDigits(), RoundingMode.DOWN);
                paid.add(new Paid(valueDate, new LedgerEvent.PaymentRecorded(new Payment("PAY-" + i, customer, valueDate,
                        new Money(part, currency), List.of(), Optional.empty()))));
            }
        }
        paid.sort((a, b) -> a.valueDate().compareTo(b.valueDate()));
        paid.forEach(p -> events.add(p.event()));
        payments = paid.size();
    }

    static String customerId(int number) {
        return String.format("C%07d", number);
    }
}
