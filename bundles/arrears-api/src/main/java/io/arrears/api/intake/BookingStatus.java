package io.arrears.api.intake;

/** camt {@code Sts} of an entry; only {@link #BOOKED} entries may settle receivables. */
public enum BookingStatus {
    BOOKED,
    PENDING,
    INFO
}
