package io.arrears.api.ledger;

/** Days past due, bucketed as in collections reporting: current, 1–30, 31–60, 61–90, 91–180, over 180. */
public enum AgingBucket {
    CURRENT(Long.MIN_VALUE, 0),
    DAYS_1_30(1, 30),
    DAYS_31_60(31, 60),
    DAYS_61_90(61, 90),
    DAYS_91_180(91, 180),
    OVER_180(181, Long.MAX_VALUE);

    private final long fromDays;
    private final long toDays;

    AgingBucket(long fromDays, long toDays) {
        this.fromDays = fromDays;
        this.toDays = toDays;
    }

    /** The bucket of an item that is {@code daysPastDue} days past its due date (0 or less: not yet due). */
    public static AgingBucket of(long daysPastDue) {
        for (AgingBucket bucket : values()) {
            if (daysPastDue >= bucket.fromDays && daysPastDue <= bucket.toDays) {
                return bucket;
            }
        }
        throw new IllegalStateException("no bucket for " + daysPastDue + " days");
    }

    /** First day past due in this bucket (inclusive); {@link Long#MIN_VALUE} for CURRENT. */
    public long fromDays() {
        return fromDays;
    }

    /** Last day past due in this bucket (inclusive); {@link Long#MAX_VALUE} for OVER_180. */
    public long toDays() {
        return toDays;
    }
}
