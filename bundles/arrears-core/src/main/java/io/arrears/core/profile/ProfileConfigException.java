package io.arrears.core.profile;

/** A profiling configuration file that cannot be read or breaks a rule; the message names file and field. */
public class ProfileConfigException extends RuntimeException {

    public ProfileConfigException(String message) {
        super(message);
    }

    public ProfileConfigException(String message, Throwable cause) {
        super(message, cause);
    }
}
