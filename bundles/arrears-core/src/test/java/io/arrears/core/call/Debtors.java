package io.arrears.core.call;

import io.arrears.api.intake.CustomerMasterData;
import io.arrears.api.intake.CustomerRepository;
import io.arrears.api.ledger.Item;
import io.arrears.api.ledger.LedgerEvent;
import io.arrears.api.ledger.LedgerEventRepository;
import io.arrears.api.money.Money;
import io.arrears.core.dunning.CountryDefaults;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/** Master data and a journal in memory, for the services that look debtors up. */
final class Debtors implements CustomerRepository, LedgerEventRepository {

    private final Map<String, CustomerMasterData> master = new HashMap<>();
    private final List<LedgerEvent> events = new CopyOnWriteArrayList<>();

    /** A customer with one invoice of 1500.00 EUR due 2026-02-10. */
    Debtors customer(String id, String country, String email) {
        master.put(id, new CustomerMasterData(id, "Kunde " + id, country, email));
        events.add(new LedgerEvent.ItemRecorded(Item.invoice(id + "/RE-1", id, "RE-1", LocalDate.of(2026, 1, 10),
                LocalDate.of(2026, 2, 10), Money.of("1500.00", "EUR"))));
        return this;
    }

    DebtorLookup lookup() {
        return new DebtorLookup(this, this, CountryDefaults.bundled(ZoneId.of("UTC"), "en"), "DE");
    }

    @Override
    public void upsert(CustomerMasterData customer) {
        master.put(customer.erpCustomerId(), customer);
    }

    @Override
    public Optional<CustomerMasterData> find(String erpCustomerId) {
        return Optional.ofNullable(master.get(erpCustomerId));
    }

    @Override
    public void append(LedgerEvent event) {
        events.add(event);
    }

    @Override
    public List<LedgerEvent> findByCustomer(String customerId) {
        return events.stream().filter(e -> e.customerId().equals(customerId)).toList();
    }

    @Override
    public List<LedgerEvent> findAll() {
        return List.copyOf(events);
    }
}
