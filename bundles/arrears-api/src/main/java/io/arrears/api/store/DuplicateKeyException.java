package io.arrears.api.store;

/**
 * A row with the same unique key already exists (SQLState 23505 on H2 and PostgreSQL alike).
 * {@link #constraint()} names the violated constraint when the database reported one.
 */
public class DuplicateKeyException extends StoreException {

    private static final long serialVersionUID = 1L;

    private final String constraint;

    public DuplicateKeyException(String message, String constraint, Throwable cause) {
        super(message, cause);
        this.constraint = constraint;
    }

    /** The violated constraint's name in lower case, or {@code ""} when the database did not say. */
    public String constraint() {
        return constraint == null ? "" : constraint;
    }
}
