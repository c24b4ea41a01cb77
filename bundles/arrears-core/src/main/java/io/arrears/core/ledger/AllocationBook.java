package io.arrears.core.ledger;

import io.arrears.api.ledger.Allocation;
import io.arrears.api.money.Money;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** The allocations of one customer in the order made, with running sums per item and per source. */
final class AllocationBook {

    private final List<Allocation> allocations = new ArrayList<>();
    private final Map<String, Money> settledByItem = new HashMap<>();
    private final Map<CreditSource.Key, Money> appliedBySource = new HashMap<>();

    void add(Allocation allocation) {
        allocations.add(allocation);
        settledByItem.merge(allocation.itemId(), allocation.amount(), Money::plus);
        appliedBySource.merge(keyOf(allocation), allocation.amount(), Money::plus);
    }

    /** Removes and returns the allocations made from {@code source}. */
    List<Allocation> removeFromSource(CreditSource.Key source) {
        return removeIf(a -> keyOf(a).equals(source));
    }

    /** Removes and returns the allocations made to the item {@code itemId}. */
    List<Allocation> removeToItem(String itemId) {
        return removeIf(a -> a.itemId().equals(itemId));
    }

    Money settledOn(String itemId, Money zero) {
        return settledByItem.getOrDefault(itemId, zero);
    }

    Money appliedFrom(CreditSource.Key source, Money zero) {
        return appliedBySource.getOrDefault(source, zero);
    }

    List<Allocation> toItem(String itemId) {
        return allocations.stream().filter(a -> a.itemId().equals(itemId)).toList();
    }

    List<Allocation> fromSource(CreditSource.Key source) {
        return allocations.stream().filter(a -> keyOf(a).equals(source)).toList();
    }

    List<Allocation> all() {
        return List.copyOf(allocations);
    }

    private List<Allocation> removeIf(Predicate<Allocation> which) {
        List<Allocation> removed = allocations.stream().filter(which).toList();
        allocations.removeIf(which);
        for (Allocation a : removed) {
            settledByItem.computeIfPresent(a.itemId(), (k, sum) -> nullIfZero(sum.minus(a.amount())));
            appliedBySource.computeIfPresent(keyOf(a), (k, sum) -> nullIfZero(sum.minus(a.amount())));
        }
        return removed;
    }

    private static Money nullIfZero(Money sum) {
        return sum.isZero() ? null : sum;
    }

    private static CreditSource.Key keyOf(Allocation allocation) {
        return new CreditSource.Key(allocation.source(), allocation.sourceId());
    }
}
