package io.arrears.route.dispatch;

/** A channel's answer other than "accepted": either a definite failure, or an outcome nobody knows. */
public abstract sealed class DeliveryException extends Exception permits DeliveryFailedException, DeliveryUncertainException {

    private static final long serialVersionUID = 1L;

    DeliveryException(String message, Throwable cause) {
        super(message, cause);
    }
}
