package io.arrears.api.ledger;

import io.arrears.api.check.Checks;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * An item with its derived state, aged at a date. Only open claims are aged: settled, cancelled
 * and waived items and credit notes have neither days past due nor a bucket.
 *
 * @param daysPastDue as-of date − due date for an open claim (zero or negative when not yet due)
 * @param bucket      the aging bucket of an open claim
 */
public record ItemPosition(ItemBalance balance, LocalDate asOf, OptionalLong daysPastDue, Optional<AgingBucket> bucket) {

    public ItemPosition {
        Checks.present(balance, "ItemPosition", "balance");
        Checks.present(asOf, "ItemPosition", "asOf");
        daysPastDue = daysPastDue == null ? OptionalLong.empty() : daysPastDue;
        bucket = Checks.optional(bucket);
        if (daysPastDue.isPresent() != balance.isOpenClaim() || bucket.isPresent() != balance.isOpenClaim()) {
            throw new IllegalArgumentException("ItemPosition of item " + balance.item().id()
                    + ": days past due and bucket are given exactly for open claims");
        }
        if (daysPastDue.isPresent() && bucket.get() != AgingBucket.of(daysPastDue.getAsLong())) {
            throw new IllegalArgumentException("ItemPosition.bucket " + bucket.get() + " does not match "
                    + daysPastDue.getAsLong() + " days past due (item " + balance.item().id() + ")");
        }
    }

    /** An open claim of {@code balance} aged at {@code asOf}, or the item as it is when not an open claim. */
    public static ItemPosition at(ItemBalance balance, LocalDate asOf) {
        if (!balance.isOpenClaim()) {
            return new ItemPosition(balance, asOf, OptionalLong.empty(), Optional.empty());
        }
        long days = ChronoUnit.DAYS.between(balance.item().dueDate(), asOf);
        return new ItemPosition(balance, asOf, OptionalLong.of(days), Optional.of(AgingBucket.of(days)));
    }
}
