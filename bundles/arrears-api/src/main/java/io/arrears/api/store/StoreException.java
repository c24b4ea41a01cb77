package io.arrears.api.store;

/**
 * The store could not do what was asked (database unreachable, schema out of date, constraint
 * broken). The message is written for an operator: what was being done and what the database said.
 */
public class StoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
