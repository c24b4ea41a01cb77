package io.arrears.api.outbox;

/** An operator's decision about a message in {@link DeliveryState#UNKNOWN}. */
public enum Resolution {
    /** It did arrive (checked with the provider or the debtor): mark it SENT. */
    SENT,
    /** It did not arrive: plan it again for delivery now. */
    RETRY
}
