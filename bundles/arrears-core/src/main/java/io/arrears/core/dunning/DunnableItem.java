package io.arrears.core.dunning;

import io.arrears.api.money.Money;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The ledger facts about one open item that the dunning decision needs, after payments, credit
 * notes and over-payments have been applied.
 *
 * @param residual    what is still owed; zero = paid, negative = a credit
 * @param blockReason set when the item is blocked from dunning (e.g. a promise to pay, a payment plan)
 * @param disputed    the debtor disputes the item
 * @param lastNotice  the last notice sent for this item, if any
 * @param advance     why the item may move on to its next level now (a broken promise or plan), if it may
 */
public record DunnableItem(
        String itemId,
        String customerId,
        String documentNumber,
        LocalDate dueDate,
        Money residual,
        Optional<String> blockReason,
        boolean disputed,
        Optional<LastNotice> lastNotice,
        Optional<String> advance) {

    public DunnableItem {
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(documentNumber, "documentNumber");
        Objects.requireNonNull(dueDate, "dueDate");
        Objects.requireNonNull(residual, "residual");
        Objects.requireNonNull(blockReason, "blockReason");
        Objects.requireNonNull(lastNotice, "lastNotice");
        Objects.requireNonNull(advance, "advance");
    }

    /** An item on its normal schedule (no broken commitment lets it move on early). */
    public DunnableItem(String itemId, String customerId, String documentNumber, LocalDate dueDate, Money residual,
            Optional<String> blockReason, boolean disputed, Optional<LastNotice> lastNotice) {
        this(itemId, customerId, documentNumber, dueDate, residual, blockReason, disputed, lastNotice, Optional.empty());
    }

    /** The level of the last notice, or 0 when none was sent (level numbers start at 1). */
    public int lastNoticeLevel() {
        return lastNotice.map(LastNotice::level).orElse(0);
    }
}
