package io.arrears.core.profiling;

import io.arrears.api.contact.ContactEntry;
import io.arrears.api.contact.ContactLog;
import io.arrears.api.intake.CustomerMasterData;
import io.arrears.api.intake.CustomerRepository;
import io.arrears.api.ledger.ItemBalance;
import io.arrears.api.ledger.LedgerEvent;
import io.arrears.api.ledger.LedgerEventRepository;
import io.arrears.api.promise.TrackedPromise;
import io.arrears.core.ledger.Ledger;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Everything profiling reads about one customer, read fresh on every call.
 *
 * @param promises the stored promises, or empty when no promise store is available (then they are derived from the
 *                 contact log)
 */
record ProfileInputs(String customerId, Optional<CustomerMasterData> master, Ledger ledger, List<ItemBalance> balances,
        List<ContactEntry> contacts, Optional<List<TrackedPromise>> promises) {

    private static final int PAGE = 1000;

    /** Reads the customer's data; empty when neither the ledger nor the master data know the customer. */
    static Optional<ProfileInputs> read(String customerId, LedgerEventRepository journal, CustomerRepository customers,
            ContactLog contactLog, Function<String, Optional<List<TrackedPromise>>> promiseStore) {
        if (customerId == null || customerId.isBlank()) {
            throw new IllegalArgumentException("customer id must not be blank");
        }
        List<LedgerEvent> events = journal.findByCustomer(customerId);
        Optional<CustomerMasterData> master = customers.find(customerId);
        if (events.isEmpty() && master.isEmpty()) {
            return Optional.empty();
        }
        Ledger ledger = Ledger.replay(events);
        return Optional.of(new ProfileInputs(customerId, master, ledger, ledger.balances(customerId),
                contacts(contactLog, customerId), Objects.requireNonNull(promiseStore.apply(customerId), "promises")));
    }

    private static List<ContactEntry> contacts(ContactLog log, String customerId) {
        List<ContactEntry> all = new ArrayList<>();
        long after = 0;
        while (true) {
            List<ContactEntry> page = log.entries(customerId, after, PAGE);
            all.addAll(page);
            if (page.size() < PAGE) {
                return all;
            }
            after = page.get(page.size() - 1).sequence();
        }
    }
}
