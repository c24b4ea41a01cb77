package io.arrears.api.profile;

import java.time.Instant;
import java.util.Objects;

/**
 * One version of a configuration document (JSON).
 *
 * @param version 0 for the bundled default, 1, 2, ... for the versions managers saved
 * @param savedBy "bundled" for the default
 */
public record ConfigDocument(ConfigKind kind, int version, String json, String savedBy, Instant savedAt) {

    public ConfigDocument {
        Objects.requireNonNull(kind, "kind");
        if (version < 0) {
            throw new IllegalArgumentException("ConfigDocument.version must not be negative, was " + version);
        }
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(savedBy, "savedBy");
        Objects.requireNonNull(savedAt, "savedAt");
    }
}
