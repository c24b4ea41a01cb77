package io.arrears.core.interest;

import java.time.LocalDate;
import java.util.Objects;

/** An explicit decision to give up an interest or fee claim: who, when and why. */
public record Waiver(String reason, String waivedBy, LocalDate waivedOn) {

    public Waiver {
        Objects.requireNonNull(waivedOn, "waivedOn");
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a waiver needs a reason");
        }
        if (waivedBy == null || waivedBy.isBlank()) {
            throw new IllegalArgumentException("a waiver needs the user who decided it (waivedBy)");
        }
    }
}
