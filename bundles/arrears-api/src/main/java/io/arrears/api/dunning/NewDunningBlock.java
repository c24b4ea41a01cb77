package io.arrears.api.dunning;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A dunning block to place: on the whole customer (no item) or on one of its items.
 *
 * @param customerId the ERP / ledger customer key
 * @param itemId     the ledger item id; empty blocks the whole customer
 * @param note       free text; may be empty, except for {@link BlockReason#OTHER}
 */
public record NewDunningBlock(String customerId, Optional<String> itemId, BlockReason reason, String note, String createdBy,
        Instant createdAt) {

    public static final int MAX_CUSTOMER_ID = 64;
    public static final int MAX_ITEM_ID = 128;
    public static final int MAX_NOTE = 2000;
    public static final int MAX_USER = 64;

    public NewDunningBlock {
        DunningBlock.checkText("customerId", customerId, MAX_CUSTOMER_ID, true);
        Objects.requireNonNull(itemId, "NewDunningBlock.itemId");
        itemId.ifPresent(id -> DunningBlock.checkText("itemId", id, MAX_ITEM_ID, true));
        Objects.requireNonNull(reason, "NewDunningBlock.reason");
        DunningBlock.checkText("note", note, MAX_NOTE, reason == BlockReason.OTHER);
        DunningBlock.checkText("createdBy", createdBy, MAX_USER, true);
        Objects.requireNonNull(createdAt, "NewDunningBlock.createdAt");
        note = note.strip();
    }
}
