package io.arrears.api.agency;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A stored placement. {@code reference} is the stable id the agency sees ({@code ARR-P-<id>}). */
public record Placement(long id, NewPlacement request, PlacementStatus status, Optional<Approval> approval,
        Optional<String> recalledBy, Optional<Instant> recalledAt, Optional<Instant> closedAt) {

    public Placement {
        Objects.requireNonNull(request, "Placement.request");
        Objects.requireNonNull(status, "Placement.status");
        Objects.requireNonNull(approval, "Placement.approval");
        Objects.requireNonNull(recalledBy, "Placement.recalledBy");
        Objects.requireNonNull(recalledAt, "Placement.recalledAt");
        Objects.requireNonNull(closedAt, "Placement.closedAt");
    }

    public String reference() {
        return reference(id);
    }

    public static String reference(long id) {
        return "ARR-P-" + id;
    }

    public String customerId() {
        return request.customerId();
    }

    public String agencyId() {
        return request.agencyId();
    }

    public List<String> itemIds() {
        return request.itemIds();
    }
}
