package io.arrears.api.dunning;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A dunning block, active until cleared. A customer block holds every item of the customer; an item
 * block holds that item only. Cleared blocks stay as history.
 *
 * @param customerId the ERP / ledger customer key
 * @param itemId     the ledger item id; empty for a block on the whole customer
 * @param note       free text (empty when none was given; never empty for {@link BlockReason#OTHER})
 */
public record DunningBlock(long id, String customerId, Optional<String> itemId, BlockReason reason, String note,
        String createdBy, Instant createdAt, Optional<String> clearedBy, Optional<Instant> clearedAt) {

    public DunningBlock {
        Objects.requireNonNull(customerId, "DunningBlock.customerId");
        Objects.requireNonNull(itemId, "DunningBlock.itemId");
        Objects.requireNonNull(reason, "DunningBlock.reason");
        Objects.requireNonNull(note, "DunningBlock.note");
        Objects.requireNonNull(createdBy, "DunningBlock.createdBy");
        Objects.requireNonNull(createdAt, "DunningBlock.createdAt");
        Objects.requireNonNull(clearedBy, "DunningBlock.clearedBy");
        Objects.requireNonNull(clearedAt, "DunningBlock.clearedAt");
        if (clearedBy.isPresent() != clearedAt.isPresent()) {
            throw new IllegalArgumentException("block " + id + ": clearedBy and clearedAt go together, got " + clearedBy
                    + " and " + clearedAt);
        }
    }

    public boolean active() {
        return clearedAt.isEmpty();
    }

    public boolean onWholeCustomer() {
        return itemId.isEmpty();
    }

    /** The reason as the dunning run reports it: {@code "DISPUTE: invoice amount contested"}, or just the reason. */
    public String describe() {
        return note.isBlank() ? reason.name() : reason.name() + ": " + note;
    }

    static void checkText(String field, String value, int maxLength, boolean required) {
        if (value == null) {
            throw new IllegalArgumentException(field + " is required" + (required ? "" : " (may be empty)"));
        }
        if (required && value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
        if (value.length() > maxLength) {
            throw new IllegalArgumentException(field + " has " + value.length() + " characters, at most " + maxLength
                    + " are allowed");
        }
    }
}
