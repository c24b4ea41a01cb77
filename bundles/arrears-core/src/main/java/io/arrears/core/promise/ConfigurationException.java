package io.arrears.core.promise;

/** A configuration file of promises, plans or calls that cannot be read or breaks a rule; the message names file and field. */
public class ConfigurationException extends RuntimeException {

    public ConfigurationException(String message) {
        super(message);
    }

    public ConfigurationException(String message, Throwable cause) {
        super(message, cause);
    }
}
