package io.arrears.rest.internal.dunning;

import io.arrears.api.dunning.DunningBlock;
import java.time.Instant;

/** JSON shape of a dunning block; {@code itemId}, {@code clearedBy} and {@code clearedAt} are null when absent. */
public record BlockJson(long id, String customerId, String itemId, String reason, String note, boolean active,
        String createdBy, Instant createdAt, String clearedBy, Instant clearedAt) {

    static BlockJson of(DunningBlock b) {
        return new BlockJson(b.id(), b.customerId(), b.itemId().orElse(null), b.reason().name(), b.note(), b.active(),
                b.createdBy(), b.createdAt(), b.clearedBy().orElse(null), b.clearedAt().orElse(null));
    }
}
