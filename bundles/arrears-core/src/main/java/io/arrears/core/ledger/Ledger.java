package io.arrears.core.ledger;

import io.arrears.api.ledger.Allocation;
import io.arrears.api.ledger.Item;
import io.arrears.api.ledger.ItemBalance;
import io.arrears.api.ledger.LedgerEvent;
import io.arrears.api.ledger.LedgerException;
import io.arrears.api.ledger.Payment;
import io.arrears.api.ledger.PaymentResult;
import io.arrears.api.ledger.Waiver;
import io.arrears.api.money.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The receivables ledger: items, payments, reversals, cancellations and waivers, and what they
 * leave outstanding. Its state is a function of the events it accepted, in order ({@link #events()}),
 * so {@link #replay(List)} of those events rebuilds it exactly. Customers never affect each other.
 *
 * <p>A working object, not a shared service: not thread-safe; build one per unit of work (or guard
 * it) and persist {@link #events()} that were accepted.
 */
public final class Ledger {

    private final Map<String, CustomerLedger> customers = new TreeMap<>();
    private final Map<String, String> customerOfItem = new HashMap<>();
    private final Map<String, String> customerOfPayment = new HashMap<>();
    private final List<LedgerEvent> events = new ArrayList<>();

    /** A ledger rebuilt from events in the order they were accepted. */
    public static Ledger replay(List<? extends LedgerEvent> events) {
        Ledger ledger = new Ledger();
        events.forEach(ledger::apply);
        return ledger;
    }

    /**
     * Applies any event; true when it changed the ledger (and was appended to {@link #events()}),
     * false for a repeat of an event already applied.
     *
     * @throws LedgerException when the event conflicts with the ledger
     */
    public boolean apply(LedgerEvent event) {
        if (event == null) {
            throw new IllegalArgumentException("event must not be null");
        }
        if (event instanceof LedgerEvent.ItemRecorded recorded) {
            return record(recorded.item());
        }
        if (event instanceof LedgerEvent.PaymentRecorded recorded) {
            boolean known = isKnownPayment(recorded.payment());
            applyPayment(recorded.payment());
            return !known;
        }
        if (event instanceof LedgerEvent.ItemCancelled cancelled) {
            return cancel(cancelled);
        }
        LedgerEvent.ItemWaived waived = (LedgerEvent.ItemWaived) event;
        return waive(waived.customerId(), waived.waiver());
    }

    /** Records an item; false when the same item was recorded before. */
    public boolean record(Item item) {
        String owner = customerOfItem.get(item.id());
        if (owner != null && !owner.equals(item.customerId())) {
            throw new LedgerException("item " + item.id() + " belongs to customer " + owner + ", not " + item.customerId());
        }
        boolean changed = customer(item.customerId()).record(item);
        if (changed) {
            customerOfItem.put(item.id(), item.customerId());
            events.add(new LedgerEvent.ItemRecorded(item));
        }
        return changed;
    }

    /**
     * Applies a payment (explicit references first, then oldest claim first; the rest becomes credit)
     * or a reversal (removes that payment's allocations and credit). A payment key applied before
     * returns the earlier result and changes nothing.
     */
    public PaymentResult applyPayment(Payment payment) {
        String owner = customerOfPayment.get(payment.externalKey());
        if (owner != null && !owner.equals(payment.customerId())) {
            throw new LedgerException("payment key " + payment.externalKey() + " belongs to customer " + owner
                    + ", not " + payment.customerId());
        }
        payment.reversalOf().ifPresent(target -> {
            String targetOwner = customerOfPayment.get(target);
            if (targetOwner != null && !targetOwner.equals(payment.customerId())) {
                throw new LedgerException("reversal " + payment.externalKey() + " for customer " + payment.customerId()
                        + " names payment " + target + " of customer " + targetOwner);
            }
        });
        boolean known = isKnownPayment(payment);
        PaymentResult result = customer(payment.customerId()).apply(payment);
        if (!known) {
            customerOfPayment.put(payment.externalKey(), payment.customerId());
            events.add(new LedgerEvent.PaymentRecorded(payment));
        }
        return result;
    }

    /** Cancels a document (not a fee or interest); false when already cancelled. */
    public boolean cancel(LedgerEvent.ItemCancelled cancellation) {
        boolean changed = existing(cancellation.customerId(), cancellation.itemId()).cancel(cancellation);
        if (changed) {
            events.add(cancellation);
        }
        return changed;
    }

    /** Waives what is outstanding on a fee or interest item; false when this waiver was recorded before. */
    public boolean waive(String customerId, Waiver waiver) {
        boolean changed = existing(customerId, waiver.itemId()).waive(waiver);
        if (changed) {
            events.add(new LedgerEvent.ItemWaived(customerId, waiver));
        }
        return changed;
    }

    /** The events that changed this ledger, in order: persist these, replay them to rebuild. */
    public List<LedgerEvent> events() {
        return List.copyOf(events);
    }

    /** The customers with at least one event, by id. */
    public List<String> customerIds() {
        return List.copyOf(customers.keySet());
    }

    public Optional<ItemBalance> balance(String itemId) {
        return Optional.ofNullable(customerOfItem.get(itemId)).flatMap(c -> customers.get(c).balance(itemId));
    }

    /** All items of a customer with their derived state, in the order recorded. */
    public List<ItemBalance> balances(String customerId) {
        return known(customerId).map(CustomerLedger::balances).orElse(List.of());
    }

    /** Unused credit of a customer per currency (positive amounts, by currency code). */
    public List<Money> creditBalances(String customerId) {
        return known(customerId).map(CustomerLedger::creditBalances).orElse(List.of());
    }

    /** The allocations of a customer in the order made. */
    public List<Allocation> allocations(String customerId) {
        return known(customerId).map(CustomerLedger::allocations).orElse(List.of());
    }

    /** Value date of the customer's latest payment that was not reversed. */
    public Optional<LocalDate> lastPaymentDate(String customerId) {
        return known(customerId).flatMap(CustomerLedger::lastPaymentDate);
    }

    private boolean isKnownPayment(Payment payment) {
        return known(payment.customerId()).map(c -> c.knowsPayment(payment.externalKey())).orElse(false);
    }

    private Optional<CustomerLedger> known(String customerId) {
        return Optional.ofNullable(customers.get(customerId));
    }

    private CustomerLedger customer(String customerId) {
        return customers.computeIfAbsent(customerId, CustomerLedger::new);
    }

    private CustomerLedger existing(String customerId, String itemId) {
        String owner = customerOfItem.get(itemId);
        if (owner == null || !owner.equals(customerId)) {
            throw new LedgerException("customer " + customerId + " has no item " + itemId
                    + (owner == null ? "" : " (it belongs to customer " + owner + ")"));
        }
        return customers.get(customerId);
    }
}
