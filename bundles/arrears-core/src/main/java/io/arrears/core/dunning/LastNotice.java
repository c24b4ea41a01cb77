package io.arrears.core.dunning;

import java.time.LocalDate;
import java.util.Objects;

/** The last dunning notice sent for one item: the anchor of the item's schedule. */
public record LastNotice(int level, LocalDate sentOn) {

    public LastNotice {
        Objects.requireNonNull(sentOn, "sentOn");
    }

    @Override
    public String toString() {
        return "level " + level + " on " + sentOn;
    }
}
