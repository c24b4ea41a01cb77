package io.arrears.route.agency;

/** A delivery to a partner failed; {@code retryable} says whether another attempt may succeed (outage vs refusal). */
public class TransportException extends Exception {

    private static final long serialVersionUID = 1L;

    private final boolean retryable;

    public TransportException(String message, boolean retryable, Throwable cause) {
        super(message, cause);
        this.retryable = retryable;
    }

    public TransportException(String message, boolean retryable) {
        this(message, retryable, null);
    }

    public boolean retryable() {
        return retryable;
    }
}
