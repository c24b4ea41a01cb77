package io.arrears.core.dunning;

/** A dunning policy document that cannot be used; the message names the source and the field. */
public class DunningPolicyException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public DunningPolicyException(String message) {
        super(message);
    }

    public DunningPolicyException(String message, Throwable cause) {
        super(message, cause);
    }
}
