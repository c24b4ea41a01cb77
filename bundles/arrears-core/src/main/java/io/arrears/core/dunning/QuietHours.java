package io.arrears.core.dunning;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Objects;

/**
 * Local times in the debtor's zone when nobody is contacted, from {@code start} (inclusive) to
 * {@code end} (exclusive); may wrap midnight (20:00–08:00).
 */
public record QuietHours(LocalTime start, LocalTime end) {

    public QuietHours {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (start.equals(end)) {
            throw new IllegalArgumentException("quiet hours start and end are both " + start + ": the span is ambiguous");
        }
    }

    public boolean contains(LocalTime time) {
        if (wrapsMidnight()) {
            return !time.isBefore(start) || time.isBefore(end);
        }
        return !time.isBefore(start) && time.isBefore(end);
    }

    /** The first local date-time at or after {@code at} outside the quiet hours. */
    public LocalDateTime nextAllowed(LocalDateTime at) {
        if (!contains(at.toLocalTime())) {
            return at;
        }
        boolean endIsTomorrow = wrapsMidnight() && !at.toLocalTime().isBefore(start);
        return (endIsTomorrow ? at.toLocalDate().plusDays(1) : at.toLocalDate()).atTime(end);
    }

    private boolean wrapsMidnight() {
        return end.isBefore(start);
    }

    @Override
    public String toString() {
        return start + "–" + end;
    }
}
