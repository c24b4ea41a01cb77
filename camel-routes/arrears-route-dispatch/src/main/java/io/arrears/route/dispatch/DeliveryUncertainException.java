package io.arrears.route.dispatch;

/**
 * The channel may have taken the message (e.g. the connection dropped after the whole e-mail was
 * sent). The message goes to UNKNOWN and is never re-sent without an operator's decision.
 */
public final class DeliveryUncertainException extends DeliveryException {

    private static final long serialVersionUID = 1L;

    public DeliveryUncertainException(String message, Throwable cause) {
        super(message, cause);
    }
}
