package io.arrears.rest.internal.profile;

import com.fasterxml.jackson.annotation.JsonRawValue;
import io.arrears.api.profile.ConfigDocument;
import java.time.Instant;

/**
 * One version of a profiling configuration document: {@code version} 0 is the bundled default; {@code document} is the
 * JSON itself (what a PUT takes as its body).
 */
public record ConfigDocumentJson(String kind, int version, String savedBy, Instant savedAt, @JsonRawValue String document) {

    static ConfigDocumentJson of(String kind, ConfigDocument d, String document) {
        return new ConfigDocumentJson(kind, d.version(), d.savedBy(), d.savedAt(), document);
    }
}
