package io.arrears.api.dunning;

import java.util.List;
import java.util.Objects;

/**
 * A pending NEXT_LEVEL consequence of a broken promise or plan: its items (every item of the customer when none are
 * named) may move on to their next level at the next run without waiting for the level's day, its grace days or the
 * frequency cap. It is consumed by the run whose notice for one of its items is executed, so it counts once.
 *
 * @param subjectId the broken promise or plan
 * @param itemIds   the items concerned; empty means every item of the customer
 * @param reason    why, for the notice's reason text
 */
public record LevelAdvance(String subjectId, List<String> itemIds, String reason) {

    public LevelAdvance {
        Objects.requireNonNull(subjectId, "LevelAdvance.subjectId");
        itemIds = List.copyOf(itemIds);
        Objects.requireNonNull(reason, "LevelAdvance.reason");
    }

    /** Whether this advance lets {@code itemId} move on early. */
    public boolean covers(String itemId) {
        return itemIds.isEmpty() || itemIds.contains(itemId);
    }
}
