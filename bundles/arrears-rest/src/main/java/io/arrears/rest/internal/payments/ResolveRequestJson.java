package io.arrears.rest.internal.payments;

import java.util.List;

/**
 * Body of {@code POST payments/unmatched/{id}/resolve}: the customer who paid and, optionally, the
 * ids of that customer's items the payment is meant for (the rest is applied oldest first).
 */
public record ResolveRequestJson(String customerId, List<String> itemIds) {

    /** The item ids to pass on; refuses a missing customer and blank item ids with the field named. */
    List<String> validItemIds() {
        if (customerId == null || customerId.isBlank()) {
            throw new IllegalArgumentException("customerId is required: the ERP id of the customer who paid");
        }
        if (itemIds == null) {
            return List.of();
        }
        for (int i = 0; i < itemIds.size(); i++) {
            if (itemIds.get(i) == null || itemIds.get(i).isBlank()) {
                throw new IllegalArgumentException("itemIds[" + i + "] must not be blank");
            }
        }
        return List.copyOf(itemIds);
    }
}
