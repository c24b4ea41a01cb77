package io.arrears.core.profile;

import java.util.Objects;

/** How often to contact a debtor of a type while a case is open, and on which channel (e.g. weekly calls). */
public record Cadence(int everyDays, Channel channel) {

    public Cadence {
        if (everyDays < 1) {
            throw new IllegalArgumentException("cadence.everyDays must be at least 1, got " + everyDays);
        }
        Objects.requireNonNull(channel, "cadence.channel");
    }
}
