package io.arrears.core.interest;

import io.arrears.api.money.Money;
import java.util.Objects;
import java.util.Optional;

/**
 * Amount owed, amount paid and an optional waiver — the lifecycle shared by interest and fee claims. Immutable:
 * every change returns a new value. Only an explicit {@link Waiver} closes a claim that is not fully paid;
 * payments of the principal never touch it.
 */
record ClaimBalance(Money owed, Money paid, Optional<Waiver> waiver) {

    ClaimBalance {
        Objects.requireNonNull(owed, "owed");
        Objects.requireNonNull(paid, "paid");
        Objects.requireNonNull(waiver, "waiver");
        if (owed.isNegative() || paid.isNegative()) {
            throw new IllegalArgumentException("owed and paid cannot be negative: owed " + owed + ", paid " + paid);
        }
        if (paid.compareTo(owed) > 0) {
            throw new IllegalArgumentException("paid " + paid + " exceeds the amount owed " + owed);
        }
    }

    static ClaimBalance of(Money owed) {
        return new ClaimBalance(owed, Money.zero(owed.currency()), Optional.empty());
    }

    Money outstanding() {
        return waiver.isPresent() ? Money.zero(owed.currency()) : owed.minus(paid);
    }

    boolean open() {
        return outstanding().isPositive();
    }

    ClaimBalance pay(Money amount, String what) {
        requireNotWaived(what);
        if (!amount.isPositive()) {
            throw new IllegalArgumentException("payment towards " + what + " must be positive, was " + amount);
        }
        if (amount.compareTo(outstanding()) > 0) {
            throw new IllegalArgumentException("payment " + amount + " exceeds the outstanding " + outstanding() + " of " + what);
        }
        return new ClaimBalance(owed, paid.plus(amount), waiver);
    }

    ClaimBalance reowe(Money newOwed, String what) {
        requireNotWaived(what);
        return new ClaimBalance(newOwed, paid, waiver);
    }

    ClaimBalance waive(Waiver decision, String what) {
        Objects.requireNonNull(decision, "decision");
        requireNotWaived(what);
        return new ClaimBalance(owed, paid, Optional.of(decision));
    }

    private void requireNotWaived(String what) {
        if (waiver.isPresent()) {
            throw new IllegalStateException(what + " was waived on " + waiver.get().waivedOn() + " by " + waiver.get().waivedBy() + ": it cannot change any more");
        }
    }
}
