package io.arrears.core.ledger;

import io.arrears.api.ledger.Allocation;
import io.arrears.api.ledger.AllocationSource;
import io.arrears.api.ledger.Item;
import io.arrears.api.ledger.ItemBalance;
import io.arrears.api.ledger.ItemKind;
import io.arrears.api.ledger.ItemStatus;
import io.arrears.api.ledger.LedgerEvent;
import io.arrears.api.ledger.LedgerException;
import io.arrears.api.ledger.Payment;
import io.arrears.api.ledger.PaymentResult;
import io.arrears.api.ledger.Waiver;
import io.arrears.api.money.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The receivables of one customer and the allocation rules. After every change the ledger
 * <em>settles</em>: unused credit (payments, credit notes) is applied to open claims of the same
 * currency, first to the claims a source names, then oldest-first. So in each currency a customer
 * has either open claims or unused credit, never both. Not thread-safe: one owner at a time.
 */
final class CustomerLedger {

    private final String customerId;
    private final Map<String, ItemEntry> items = new LinkedHashMap<>();
    private final Map<CreditSource.Key, CreditSource> sources = new LinkedHashMap<>();
    private final Set<CreditSource.Key> withdrawn = new HashSet<>();
    private final AllocationBook book = new AllocationBook();
    private final Map<String, Payment> payments = new HashMap<>();
    private final Map<String, PaymentResult> results = new HashMap<>();
    private final Map<String, String> reversedBy = new HashMap<>();
    private long nextSequence;

    CustomerLedger(String customerId) {
        this.customerId = customerId;
    }

    /** Records an item; false when the same item was recorded before. */
    boolean record(Item item) {
        ItemEntry existing = items.get(item.id());
        if (existing != null) {
            if (existing.item().equals(item)) {
                return false;
            }
            throw new LedgerException("item " + item.id() + " of customer " + customerId
                    + " is already recorded with different content (was " + existing.item() + ", now " + item
                    + "); a changed document must be cancelled and recorded under a new id");
        }
        items.put(item.id(), ItemEntry.of(item));
        if (item.kind() == ItemKind.CREDIT_NOTE) {
            addSource(new CreditSource.Key(AllocationSource.CREDIT_NOTE, item.id()), item.amount(), item.issueDate(),
                    item.parentDocumentNumber().map(List::of).orElse(List.of()));
        }
        settle();
        return true;
    }

    boolean knowsPayment(String externalKey) {
        return payments.containsKey(externalKey);
    }

    /** Applies a payment or a reversal; a payment already applied returns its earlier result. */
    PaymentResult apply(Payment payment) {
        PaymentResult earlier = results.get(payment.externalKey());
        if (earlier != null) {
            if (!payments.get(payment.externalKey()).equals(payment)) {
                throw new LedgerException("payment key " + payment.externalKey() + " of customer " + customerId
                        + " was applied before with different content (was " + payments.get(payment.externalKey())
                        + ", now " + payment + ")");
            }
            return earlier;
        }
        PaymentResult result = payment.isReversal() ? reverse(payment) : allocate(payment);
        payments.put(payment.externalKey(), payment);
        results.put(payment.externalKey(), result);
        return result;
    }

    private PaymentResult allocate(Payment payment) {
        CreditSource source = addSource(new CreditSource.Key(AllocationSource.PAYMENT, payment.externalKey()),
                payment.amount(), payment.valueDate(), payment.references());
        List<Allocation> made = settle();
        List<String> unmatched = payment.references().stream()
                .filter(reference -> items.values().stream()
                        .map(ItemEntry::item)
                        .noneMatch(item -> item.kind().isClaim()
                                && item.amount().currency().equals(payment.amount().currency())
                                && item.isReferencedBy(reference)))
                .toList();
        return new PaymentResult(payment.externalKey(), customerId, false,
                made.stream().filter(a -> a.source() == AllocationSource.PAYMENT
                        && a.sourceId().equals(payment.externalKey())).toList(),
                remainder(source), unmatched);
    }

    private PaymentResult reverse(Payment reversal) {
        String target = reversal.reversalOf().orElseThrow();
        Payment original = payments.get(target);
        if (original == null) {
            throw new LedgerException("reversal " + reversal.externalKey() + " names payment " + target
                    + ", which customer " + customerId + " does not have");
        }
        if (original.isReversal()) {
            throw new LedgerException("reversal " + reversal.externalKey() + " names " + target
                    + ", which is itself a reversal; record the payment again instead");
        }
        if (reversedBy.containsKey(target)) {
            throw new LedgerException("payment " + target + " of customer " + customerId + " was already reversed by "
                    + reversedBy.get(target) + "; reversal " + reversal.externalKey() + " refused");
        }
        if (!original.amount().equals(reversal.amount())) {
            throw new LedgerException("reversal " + reversal.externalKey() + " of " + reversal.amount()
                    + " does not match payment " + target + " of " + original.amount()
                    + "; partial reversals are not supported");
        }
        CreditSource.Key key = new CreditSource.Key(AllocationSource.PAYMENT, target);
        Money unusedCredit = remainder(sources.get(key));
        List<Allocation> removed = book.removeFromSource(key);
        withdrawn.add(key);
        reversedBy.put(target, reversal.externalKey());
        settle();
        return new PaymentResult(reversal.externalKey(), customerId, true, removed, unusedCredit, List.of());
    }

    /** Cancels a document; false when it was already cancelled. Fees and interest are waived instead. */
    boolean cancel(LedgerEvent.ItemCancelled cancellation) {
        ItemEntry entry = entry(cancellation.itemId());
        if (entry.item().kind().isWaivable()) {
            throw new LedgerException("item " + entry.id() + " is " + entry.item().kind()
                    + ": it is removed only by a waiver with a reason, not cancelled");
        }
        if (entry.cancelled()) {
            return false;
        }
        items.put(entry.id(), entry.cancel());
        if (entry.item().kind().isClaim()) {
            book.removeToItem(entry.id());
        } else {
            CreditSource.Key key = new CreditSource.Key(AllocationSource.CREDIT_NOTE, entry.id());
            book.removeFromSource(key);
            withdrawn.add(key);
        }
        settle();
        return true;
    }

    /** Waives what is outstanding on a fee or interest item; false when this waiver was recorded before. */
    boolean waive(Waiver waiver) {
        ItemEntry entry = entry(waiver.itemId());
        if (!entry.item().kind().isWaivable()) {
            throw new LedgerException("item " + entry.id() + " is " + entry.item().kind()
                    + ": only fees and interest can be waived");
        }
        if (entry.waiver().isPresent()) {
            if (entry.waiver().get().equals(waiver)) {
                return false;
            }
            throw new LedgerException("item " + entry.id() + " was already waived (" + entry.waiver().get() + ")");
        }
        Money outstanding = outstanding(entry);
        if (!outstanding.isPositive()) {
            throw new LedgerException("item " + entry.id() + " has nothing outstanding to waive");
        }
        items.put(entry.id(), entry.waive(waiver, outstanding));
        return true;
    }

    Optional<ItemBalance> balance(String itemId) {
        return Optional.ofNullable(items.get(itemId)).map(this::balanceOf);
    }

    /** All items in the order recorded. */
    List<ItemBalance> balances() {
        return items.values().stream().map(this::balanceOf).toList();
    }

    /** Unused credit per currency, positive amounts ordered by currency code. */
    List<Money> creditBalances() {
        Map<String, Money> byCurrency = new TreeMap<>();
        for (CreditSource source : activeSources()) {
            Money left = remainder(source);
            if (left.isPositive()) {
                byCurrency.merge(left.currencyCode(), left, Money::plus);
            }
        }
        return List.copyOf(byCurrency.values());
    }

    List<Allocation> allocations() {
        return book.all();
    }

    /** Value date of the latest payment that was not reversed. */
    Optional<LocalDate> lastPaymentDate() {
        return activeSources().stream()
                .filter(s -> s.kind() == AllocationSource.PAYMENT)
                .map(CreditSource::date)
                .max(LocalDate::compareTo);
    }

    private ItemBalance balanceOf(ItemEntry entry) {
        Item item = entry.item();
        Money zero = Money.zero(item.amount().currency());
        Money outstanding = outstanding(entry);
        if (item.kind().isClaim()) {
            return new ItemBalance(item, status(entry, outstanding), book.settledOn(item.id(), zero), entry.waived(),
                    outstanding, book.toItem(item.id()));
        }
        CreditSource.Key key = new CreditSource.Key(AllocationSource.CREDIT_NOTE, item.id());
        return new ItemBalance(item, status(entry, outstanding), book.appliedFrom(key, zero), zero, outstanding,
                book.fromSource(key));
    }

    private static ItemStatus status(ItemEntry entry, Money outstanding) {
        if (entry.cancelled()) {
            return ItemStatus.CANCELLED;
        }
        if (outstanding.isPositive()) {
            return ItemStatus.OPEN;
        }
        return entry.waived().isPositive() ? ItemStatus.WAIVED : ItemStatus.PAID;
    }

    private Money outstanding(ItemEntry entry) {
        Item item = entry.item();
        if (entry.cancelled()) {
            return Money.zero(item.amount().currency());
        }
        if (!item.kind().isClaim()) {
            return remainder(sources.get(new CreditSource.Key(AllocationSource.CREDIT_NOTE, item.id())));
        }
        return item.amount().minus(book.settledOn(item.id(), Money.zero(item.amount().currency()))).minus(entry.waived());
    }

    private Money remainder(CreditSource source) {
        if (withdrawn.contains(source.key())) {
            return Money.zero(source.amount().currency());
        }
        return source.amount().minus(book.appliedFrom(source.key(), Money.zero(source.amount().currency())));
    }

    private CreditSource addSource(CreditSource.Key key, Money amount, LocalDate date, List<String> references) {
        CreditSource source = new CreditSource(key, amount, date, references, nextSequence++);
        sources.put(key, source);
        return source;
    }

    private List<CreditSource> activeSources() {
        return sources.values().stream().filter(s -> !withdrawn.contains(s.key())).toList();
    }

    private ItemEntry entry(String itemId) {
        ItemEntry entry = items.get(itemId);
        if (entry == null) {
            throw new LedgerException("customer " + customerId + " has no item " + itemId);
        }
        return entry;
    }

    /**
     * Applies unused credit to open claims of its currency: first every source to the claims it names
     * (in arrival order), then every source oldest claim first. Returns the allocations made.
     */
    private List<Allocation> settle() {
        List<Allocation> made = new ArrayList<>();
        List<CreditSource> withCredit = activeSources().stream().filter(s -> remainder(s).isPositive()).toList();
        if (withCredit.isEmpty()) {
            return made;
        }
        List<ItemEntry> open = items.values().stream()
                .filter(e -> e.item().kind().isClaim() && outstanding(e).isPositive())
                .sorted((a, b) -> ClaimOrder.OLDEST_FIRST.compare(a.item(), b.item()))
                .toList();
        for (CreditSource source : withCredit) {
            for (String reference : source.references()) {
                for (ItemEntry claim : open) {
                    if (claim.item().isReferencedBy(reference)) {
                        allocate(source, claim, made);
                    }
                }
            }
        }
        for (CreditSource source : withCredit) {
            for (ItemEntry claim : open) {
                allocate(source, claim, made);
            }
        }
        return made;
    }

    private void allocate(CreditSource source, ItemEntry claim, List<Allocation> made) {
        if (!source.amount().currency().equals(claim.item().amount().currency())) {
            return; // currencies are never mixed: the credit stays in its own currency
        }
        Money amount = remainder(source).min(outstanding(claim));
        if (!amount.isPositive()) {
            return;
        }
        // credit cannot settle a claim before the claim exists
        LocalDate valueDate = source.date().isAfter(claim.item().issueDate()) ? source.date() : claim.item().issueDate();
        Allocation allocation = new Allocation(source.id(), source.kind(), claim.id(), valueDate, amount);
        book.add(allocation);
        made.add(allocation);
    }
}
