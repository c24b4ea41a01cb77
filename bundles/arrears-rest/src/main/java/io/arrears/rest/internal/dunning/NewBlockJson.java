package io.arrears.rest.internal.dunning;

import io.arrears.api.dunning.BlockReason;
import io.arrears.api.dunning.NewDunningBlock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;

/**
 * Body of {@code POST customers/{erpCustomerId}/blocks}: the reason (one of {@link BlockReason}), optionally the ledger
 * item id (without it the whole customer is blocked) and a note (required for OTHER).
 */
public record NewBlockJson(String reason, String itemId, String note) {

    /** The block to place for this customer by this user; refuses a missing or unknown reason with the choices named. */
    NewDunningBlock toBlock(String customerId, String user, Instant at) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("reason is required: one of " + Arrays.toString(BlockReason.values()));
        }
        BlockReason parsed = Arrays.stream(BlockReason.values()).filter(r -> r.name().equals(reason.strip()))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("reason '" + reason + "' is unknown: expected one of "
                        + Arrays.toString(BlockReason.values())));
        return new NewDunningBlock(customerId, Optional.ofNullable(itemId).map(String::strip), parsed,
                note == null ? "" : note, user, at);
    }
}
