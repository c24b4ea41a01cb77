package io.arrears.api.plan;

/** How often instalments fall due. Monthly dates keep the first date's day of month where the month has it. */
public enum Frequency {
    WEEKLY,
    BIWEEKLY,
    MONTHLY
}
