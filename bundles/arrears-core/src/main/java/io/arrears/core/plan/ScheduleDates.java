package io.arrears.core.plan;

import io.arrears.api.plan.Frequency;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Due dates of a schedule. Each date is computed from the first one, never from the previous date,
 * so a plan starting on 31 January falls due on 28 (29) February and then again on 31 March.
 */
public final class ScheduleDates {

    private ScheduleDates() {
    }

    /** The due date of instalment {@code index} (0 for the first). */
    public static LocalDate dueDate(Frequency frequency, LocalDate first, int index) {
        Objects.requireNonNull(frequency, "frequency");
        Objects.requireNonNull(first, "first");
        if (index < 0) {
            throw new IllegalArgumentException("index must not be negative, was " + index);
        }
        return switch (frequency) {
            case WEEKLY -> first.plusWeeks(index);
            case BIWEEKLY -> first.plusWeeks(2L * index);
            // plusMonths clamps to the month's last day and keeps the anchor's day where the month has it
            case MONTHLY -> first.plusMonths(index);
        };
    }
}
