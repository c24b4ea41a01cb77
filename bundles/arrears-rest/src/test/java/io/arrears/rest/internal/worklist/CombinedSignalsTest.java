package io.arrears.rest.internal.worklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.CALLS_REAL_METHODS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.arrears.api.contact.ContactChannel;
import io.arrears.api.contact.ContactDirection;
import io.arrears.api.contact.ContactEntry;
import io.arrears.api.contact.ContactLog;
import io.arrears.api.contact.ContactOutcome;
import io.arrears.api.contact.NewContactEntry;
import io.arrears.api.ledger.Channel;
import io.arrears.api.money.Money;
import io.arrears.api.promise.PromiseRepository;
import io.arrears.api.promise.PromiseState;
import io.arrears.api.promise.PromiseToPay;
import io.arrears.api.promise.TrackedPromise;
import io.arrears.rest.internal.worklist.CustomerSignals.PromiseSignal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The worklist's signals read in bulk are those read customer by customer, on a mix of contacts and promises. */
class CombinedSignalsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 20);
    private static final String HASH = ContactEntry.GENESIS_HASH;
    private static final List<String> CUSTOMERS = List.of("PENDING", "BROKEN-UNFOLLOWED", "BROKEN-FOLLOWED", "FUTURE-CONTACT",
            "NOTHING", "PARTLY-KEPT", "CHATTY");

    private final List<ContactEntry> contacts = new ArrayList<>();
    private final List<TrackedPromise> promises = new ArrayList<>();

    @Test
    void bulkReadsGiveTheSignalsOfTheCustomerByCustomerReads() {
        mixedPortfolio();
        ContactLog bulkLog = mock(ContactLog.class);
        when(bulkLog.latestEntries(anyCollection())).thenReturn(contacts.stream().collect(Collectors.toMap(ContactEntry::customerId,
                e -> e, (a, b) -> a.sequence() > b.sequence() ? a : b)));
        PromiseRepository bulkPromises = mock(PromiseRepository.class);
        when(bulkPromises.forCustomers(anyCollection())).thenReturn(promises.stream()
                .collect(Collectors.groupingBy(p -> p.promise().customerId(), LinkedHashMap::new, Collectors.toList())));

        Map<String, CustomerSignals> bulk = signals(bulkLog, bulkPromises);
        Map<String, CustomerSignals> perCustomer = signals(perCustomerLog(), perCustomerPromises());

        assertThat(bulk).isEqualTo(perCustomer).containsOnlyKeys(CUSTOMERS);
        verify(bulkLog, never()).entries(anyString(), anyLong(), anyInt());
        verify(bulkPromises, never()).forCustomer(anyString());
        assertThat(bulk.get("PENDING").promise()).contains(new PromiseSignal(new java.math.BigDecimal("20.00"), "EUR",
                TODAY.plusDays(2), "PENDING"));
        assertThat(bulk.get("BROKEN-UNFOLLOWED").promise()).map(PromiseSignal::state).contains("BROKEN");
        assertThat(bulk.get("BROKEN-FOLLOWED").promise()).isEmpty();
        assertThat(bulk.get("BROKEN-FOLLOWED").lastContact()).contains(TODAY.minusDays(3));
        assertThat(bulk.get("FUTURE-CONTACT").lastContact()).isEmpty();
        assertThat(bulk.get("NOTHING")).isEqualTo(CustomerSignals.NONE);
        assertThat(bulk.get("PARTLY-KEPT").promise()).map(PromiseSignal::state).contains("PARTIALLY_KEPT");
        assertThat(bulk.get("CHATTY").lastContact()).contains(TODAY.minusDays(1));
    }

    private void mixedPortfolio() {
        promise("PENDING", PromiseState.PENDING, 5, "10.00");
        promise("PENDING", PromiseState.PENDING, 2, "20.00");
        promise("PENDING", PromiseState.BROKEN, -9, "30.00");
        promise("BROKEN-UNFOLLOWED", PromiseState.BROKEN, -10, "40.00");
        contact("BROKEN-UNFOLLOWED", -12);
        promise("BROKEN-FOLLOWED", PromiseState.BROKEN, -10, "50.00");
        contact("BROKEN-FOLLOWED", -14);
        contact("FUTURE-CONTACT", -5);
        contact("BROKEN-FOLLOWED", -3);
        contact("FUTURE-CONTACT", 4); // the newest entry, dated after the worklist's day
        promise("PARTLY-KEPT", PromiseState.PARTIALLY_KEPT, -1, "60.00");
        promise("PARTLY-KEPT", PromiseState.KEPT, -2, "70.00");
        for (int i = 0; i < 1500; i++) { // more than one page of the customer-by-customer reading
            contact("CHATTY", i == 1499 ? -1 : -30);
        }
    }

    private static Map<String, CustomerSignals> signals(ContactLog log, PromiseRepository promiseStore) {
        return new CombinedSignals(List.of(new ContactLogPart(log, ZoneOffset.UTC), new PromisePart(promiseStore)))
                .signals(CUSTOMERS, TODAY);
    }

    /** Only the per-customer reads answered: the bulk reads run their defaults. */
    private ContactLog perCustomerLog() {
        ContactLog log = mock(ContactLog.class, CALLS_REAL_METHODS);
        when(log.entries(anyString(), anyLong(), anyInt())).thenAnswer(call -> contacts.stream()
                .filter(e -> e.customerId().equals(call.getArgument(0)) && e.sequence() > (long) call.getArgument(1))
                .sorted(Comparator.comparingLong(ContactEntry::sequence)).limit((int) call.getArgument(2)).toList());
        return log;
    }

    private PromiseRepository perCustomerPromises() {
        PromiseRepository store = mock(PromiseRepository.class, CALLS_REAL_METHODS);
        when(store.forCustomer(anyString())).thenAnswer(call -> promises.stream()
                .filter(p -> p.promise().customerId().equals(call.getArgument(0))).toList());
        return store;
    }

    private void contact(String customer, int days) {
        Instant at = TODAY.plusDays(days).atTime(10, 0).toInstant(ZoneOffset.UTC);
        contacts.add(ContactEntry.of(contacts.size() + 1, at, NewContactEntry.of(customer, at, "kim", ContactChannel.CALL,
                ContactDirection.OUT, ContactOutcome.NO_ANSWER, ""), HASH, HASH));
    }

    private void promise(String customer, PromiseState state, int days, String amount) {
        promises.add(new TrackedPromise(new PromiseToPay("PTP-" + promises.size(), customer, List.of(), Money.of(amount, "EUR"),
                TODAY.plusDays(days), Channel.PHONE, "kim", Instant.parse("2026-03-01T09:00:00Z")), state));
    }
}
