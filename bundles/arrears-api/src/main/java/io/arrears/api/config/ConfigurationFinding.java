package io.arrears.api.config;

import java.util.Objects;

/**
 * Something wrong with one Arrears configuration.
 *
 * @param pid    the configuration PID (the {@code etc/<pid>.cfg} file name)
 * @param kind   what is wrong
 * @param key    the key concerned; empty for {@link Kind#UNKNOWN_PID}
 * @param detail a sentence for the operator
 */
public record ConfigurationFinding(String pid, Kind kind, String key, String detail) {

    public enum Kind {
        /** A key no attribute of the PID's metatype declares (a typo, or left over): it has no effect. */
        UNKNOWN_KEY,
        /** An Arrears-looking PID no bundle declares (a misspelt file name): nothing reads it. */
        UNKNOWN_PID
    }

    public ConfigurationFinding {
        Objects.requireNonNull(pid, "ConfigurationFinding.pid");
        Objects.requireNonNull(kind, "ConfigurationFinding.kind");
        Objects.requireNonNull(key, "ConfigurationFinding.key");
        Objects.requireNonNull(detail, "ConfigurationFinding.detail");
    }
}
