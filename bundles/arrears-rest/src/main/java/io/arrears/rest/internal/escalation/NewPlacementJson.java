package io.arrears.rest.internal.escalation;

import io.arrears.api.agency.NewPlacement;
import java.time.Instant;
import java.util.List;

/** Body of {@code POST placements}: {@code {"customerId":…, "agencyId":…, "itemIds":[…], "note":…}}. */
public record NewPlacementJson(String customerId, String agencyId, List<String> itemIds, String note) {

    NewPlacement toPlacement(String user, Instant at) {
        if (itemIds == null) {
            throw new IllegalArgumentException("itemIds is required: the ledger item ids to place");
        }
        return new NewPlacement(customerId, agencyId, itemIds, user, at, note);
    }
}
