package io.arrears.core.promise;

import io.arrears.api.ledger.Allocation;
import io.arrears.api.ledger.AllocationSource;
import io.arrears.api.ledger.LedgerEvent;
import io.arrears.api.ledger.Payment;
import io.arrears.api.money.Money;
import io.arrears.core.ledger.Ledger;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The money one customer paid, as promises, plans and discounts count it: payments that were not
 * reversed (reversals removed with the payments they return), and the ledger's allocations of
 * payments to items.
 *
 * @param payments    payments of the customer that still stand, no reversals among them
 * @param allocations allocations of the customer as the ledger holds them now (a reversal already
 *                    removed the allocations of its payment)
 */
public record Receipts(String customerId, List<Payment> payments, List<Allocation> allocations) {

    public Receipts {
        Objects.requireNonNull(customerId, "customerId");
        payments = List.copyOf(payments);
        allocations = List.copyOf(allocations);
        for (Payment p : payments) {
            if (!p.customerId().equals(customerId)) {
                throw new IllegalArgumentException("Receipts of customer " + customerId + " hold payment " + p.externalKey()
                        + " of customer " + p.customerId());
            }
            if (p.isReversal()) {
                throw new IllegalArgumentException("Receipts.payments must not hold reversals (" + p.externalKey()
                        + "): use Receipts.of, which removes reversed payments");
            }
        }
    }

    /** Receipts from payments and reversals as recorded: a reversed payment and its reversal both drop out. */
    public static Receipts of(String customerId, List<Payment> paymentsAndReversals, List<Allocation> allocations) {
        Set<String> reversed = paymentsAndReversals.stream()
                .filter(Payment::isReversal)
                .map(p -> p.reversalOf().orElseThrow())
                .collect(Collectors.toSet());
        List<Payment> standing = paymentsAndReversals.stream()
                .filter(p -> !p.isReversal() && !reversed.contains(p.externalKey()))
                .toList();
        return new Receipts(customerId, standing, allocations);
    }

    /** The customer's receipts as the ledger knows them. */
    public static Receipts fromLedger(Ledger ledger, String customerId) {
        List<Payment> recorded = ledger.events().stream()
                .filter(e -> e instanceof LedgerEvent.PaymentRecorded && e.customerId().equals(customerId))
                .map(e -> ((LedgerEvent.PaymentRecorded) e).payment())
                .toList();
        return of(customerId, recorded, ledger.allocations(customerId));
    }

    /** Payments in {@code currency} with a value date from {@code from} to {@code to}, both included. */
    public Money paid(Currency currency, LocalDate from, LocalDate to) {
        return payments.stream()
                .filter(p -> p.amount().currency().equals(currency) && within(p.valueDate(), from, to))
                .map(Payment::amount)
                .reduce(Money.zero(currency), Money::plus);
    }

    /** Payment money the ledger allocated to {@code itemIds}, with a value date from {@code from} to {@code to}. */
    public Money allocated(Collection<String> itemIds, Currency currency, LocalDate from, LocalDate to) {
        return allocations.stream()
                .filter(a -> a.source() == AllocationSource.PAYMENT && itemIds.contains(a.itemId()))
                .filter(a -> a.amount().currency().equals(currency) && within(a.valueDate(), from, to))
                .map(Allocation::amount)
                .reduce(Money.zero(currency), Money::plus);
    }

    /**
     * What counts for an arrangement on {@code itemIds} (empty: the whole account): for named items the
     * payments the ledger put on them, for the account every payment.
     */
    public Money counted(List<String> itemIds, Currency currency, LocalDate from, LocalDate to) {
        return itemIds.isEmpty() ? paid(currency, from, to) : allocated(itemIds, currency, from, to);
    }

    private static boolean within(LocalDate date, LocalDate from, LocalDate to) {
        return !date.isBefore(from) && !date.isAfter(to);
    }
}
