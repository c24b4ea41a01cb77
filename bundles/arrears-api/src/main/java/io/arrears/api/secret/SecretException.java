package io.arrears.api.secret;

/** An encrypted value cannot be used: no or a bad master key, a malformed or altered value. Never carries the secret. */
public final class SecretException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public SecretException(String message) {
        super(message);
    }

    public SecretException(String message, Throwable cause) {
        super(message, cause);
    }
}
