package io.arrears.api.agency;

/** REQUESTED → APPROVED (queued for the agency) → PLACED (delivered) → RECALL_REQUESTED → RECALLED; or CLOSED by the agency. */
public enum PlacementStatus {
    REQUESTED,
    APPROVED,
    PLACED,
    RECALL_REQUESTED,
    RECALLED,
    CLOSED;

    /** True while the placement holds its items: no other placement of them, no dunning of them. */
    public boolean holdsItems() {
        return this != RECALLED && this != CLOSED;
    }
}
