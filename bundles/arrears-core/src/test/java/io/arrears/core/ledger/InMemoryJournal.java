package io.arrears.core.ledger;

import io.arrears.api.ledger.LedgerEvent;
import io.arrears.api.ledger.LedgerEventRepository;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The ledger journal in memory, for tests of the services that read and append ledger events. */
public final class InMemoryJournal implements LedgerEventRepository {

    private final List<LedgerEvent> events;

    public InMemoryJournal() {
        this(new ArrayList<>());
    }

    /** A journal over {@code events}, which the test may also add to directly. */
    public InMemoryJournal(List<LedgerEvent> events) {
        this.events = Objects.requireNonNull(events, "events");
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
