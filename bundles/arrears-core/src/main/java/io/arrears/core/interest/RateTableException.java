package io.arrears.core.interest;

/** A rate table that cannot be trusted: bad header, unparseable value, gap or overlap between periods. */
public class RateTableException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public RateTableException(String message) {
        super(message);
    }

    public RateTableException(String message, Throwable cause) {
        super(message, cause);
    }
}
