package io.arrears.api.dunning;

import java.time.LocalDate;
import java.util.Objects;

/** The level and date of an executed notice for one item: the anchor of the item's next level. */
public record NoticeMark(int level, LocalDate sentOn) {

    public NoticeMark {
        Objects.requireNonNull(sentOn, "NoticeMark.sentOn");
    }
}
