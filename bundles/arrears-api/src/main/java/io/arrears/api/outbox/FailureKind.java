package io.arrears.api.outbox;

/** Why a delivery failed; only {@link #TRANSPORT} failures are retried automatically. */
public enum FailureKind {
    /** The message was accepted, then returned as undeliverable (mailbox unknown, full). */
    BOUNCED,
    /** The channel refused this message permanently (SMTP 5xx, gateway 4xx). */
    REFUSED,
    /** The recipient is on a block list (opt-out, provider block). */
    BLACKLISTED,
    /** The channel could not be reached or failed temporarily (connection refused, SMTP 4xx, HTTP 5xx, timeout). */
    TRANSPORT,
    /** The recipient address, phone number or postal address is not usable. */
    INVALID_RECIPIENT;

    /** True when trying again later can succeed. */
    public boolean retryable() {
        return this == TRANSPORT;
    }
}
