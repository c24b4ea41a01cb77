package io.arrears.route.dispatch;

import io.arrears.api.outbox.FailureKind;
import java.util.Objects;

/** The channel certainly did not take the message; {@link #kind()} says whether trying again can help. */
public final class DeliveryFailedException extends DeliveryException {

    private static final long serialVersionUID = 1L;

    private final FailureKind kind;

    public DeliveryFailedException(FailureKind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = Objects.requireNonNull(kind, "kind");
    }

    public DeliveryFailedException(FailureKind kind, String message) {
        this(kind, message, null);
    }

    public FailureKind kind() {
        return kind;
    }
}
