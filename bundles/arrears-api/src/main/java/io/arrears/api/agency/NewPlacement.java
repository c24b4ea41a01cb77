package io.arrears.api.agency;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** A placement request: which open items of which customer go to which agency, asked by whom and why. */
public record NewPlacement(String customerId, String agencyId, List<String> itemIds, String requestedBy, Instant requestedAt,
        String note) {

    public NewPlacement {
        requireText("customerId", customerId);
        requireText("agencyId", agencyId);
        requireText("requestedBy", requestedBy);
        Objects.requireNonNull(requestedAt, "NewPlacement.requestedAt");
        itemIds = List.copyOf(Objects.requireNonNull(itemIds, "NewPlacement.itemIds"));
        if (itemIds.isEmpty()) {
            throw new IllegalArgumentException("a placement needs at least one item");
        }
        if (itemIds.stream().distinct().count() != itemIds.size()) {
            throw new IllegalArgumentException("a placement lists each item once, got " + itemIds);
        }
        note = note == null ? "" : note.strip();
        if (note.length() > 2000) {
            throw new IllegalArgumentException("note has " + note.length() + " characters, at most 2000 are allowed");
        }
    }

    static void requireText(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is required");
        }
    }
}
