package io.arrears.api.profile;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A collector's override as stored, with the evidence seen when it was made.
 *
 * @param signalsJson the signal values at override time (JSON object, signal name to number), so a later material
 *                    change of evidence can be recognised
 * @param clearedBy   who removed it, or the system when evidence changed materially
 */
public record StoredOverride(long id, String customerId, BehaviourType type, String reason, String by, Instant at,
        BehaviourType suggestedAtOverride, double confidenceAtOverride, String signalsJson, Optional<String> clearedBy,
        Optional<Instant> clearedAt) {

    public StoredOverride {
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(suggestedAtOverride, "suggestedAtOverride");
        Objects.requireNonNull(signalsJson, "signalsJson");
        clearedBy = clearedBy == null ? Optional.empty() : clearedBy;
        clearedAt = clearedAt == null ? Optional.empty() : clearedAt;
    }

    public boolean active() {
        return clearedAt.isEmpty();
    }
}
