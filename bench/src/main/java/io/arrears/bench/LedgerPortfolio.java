package io.arrears.bench;

import io.arrears.api.intake.CustomerMasterData;
import io.arrears.api.intake.CustomerRepository;
import io.arrears.api.ledger.Item;
import io.arrears.api.ledger.LedgerEvent;
import io.arrears.api.ledger.LedgerEventRepository;
import io.arrears.api.ledger.Payment;
import io.arrears.api.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * A generated ledger for the REST benchmarks: invoices spread at random over the customers (due
 * dates from 200 days back to 30 ahead), a third of them paid in part, master data for everyone.
 * Held in memory behind the store interfaces, so the figures are the query and resource work
 * without the database read.
 */
final class LedgerPortfolio implements LedgerEventRepository, CustomerRepository {

    private static final String[][] COUNTRIES = {{"DE", "EUR"}, {"PL", "PLN"}, {"TR", "TRY"}, {"GB", "GBP"}, {"IL", "ILS"},
            {"NL", "EUR"}};

    private final List<LedgerEvent> all = new ArrayList<>();
    private final Map<String, List<LedgerEvent>> byCustomer = new HashMap<>();
    private final Map<String, CustomerMasterData> master = new HashMap<>();

    LedgerPortfolio(int customers, int items, LocalDate today, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        for (int c = 0; c < customers; c++) {
            String[] country = COUNTRIES[c % COUNTRIES.length];
            String id = customerId(c);
            master.put(id, new CustomerMasterData(id, "Customer " + c, country[0], "ap" + c + "@example.com"));
        }
        for (int i = 0; i < items; i++) {
            int c = random.nextInt(customers);
            String id = customerId(c);
            String currency = COUNTRIES[c % COUNTRIES.length][1];
            LocalDate due = today.plusDays(random.nextInt(-200, 31));
            Money amount = new Money(BigDecimal.valueOf(random.nextLong(100, 500_000), 2), java.util.Currency.getInstance(currency));
            String document = "INV-" + i;
            append(new LedgerEvent.ItemRecorded(Item.invoice("I" + i, id, document, due.minusDays(30), due, amount)));
            if (random.nextInt(3) == 0) {
                Money part = new Money(amount.amount().divide(BigDecimal.valueOf(2), amount.amount().scale(),
                        java.math.RoundingMode.DOWN), amount.currency());
                append(new LedgerEvent.PaymentRecorded(new Payment("P" + i, id, due.minusDays(random.nextInt(0, 20)), part,
                        List.of(document), Optional.empty())));
            }
        }
    }

    static String customerId(int number) {
        return String.format("C%07d", number);
    }

    int events() {
        return all.size();
    }

    @Override
    public void append(LedgerEvent event) {
        all.add(event);
        byCustomer.computeIfAbsent(event.customerId(), k -> new ArrayList<>()).add(event);
    }

    @Override
    public List<LedgerEvent> findByCustomer(String customerId) {
        return byCustomer.getOrDefault(customerId, List.of());
    }

    @Override
    public List<LedgerEvent> findAll() {
        return all;
    }

    @Override
    public void upsert(CustomerMasterData customer) {
        master.put(customer.erpCustomerId(), customer);
    }

    @Override
    public Optional<CustomerMasterData> find(String erpCustomerId) {
        return Optional.ofNullable(master.get(erpCustomerId));
    }
}
