package io.arrears.core.dunning;

import java.util.Objects;

/** An item the engine did not propose, and why (for the collector's "why not dunned?" view). */
public record SkippedItem(String itemId, String reason) {

    public SkippedItem {
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(reason, "reason");
    }
}
