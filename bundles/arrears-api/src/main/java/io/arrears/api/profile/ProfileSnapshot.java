package io.arrears.api.profile;

import java.time.Instant;
import java.util.Objects;

/**
 * The classification and risk score stored for a customer when its inputs last changed.
 *
 * @param fingerprint SHA-256 over the inputs (signals, override, configuration versions): a new snapshot is stored
 *                    only when it differs from the latest
 * @param signalsJson signal values (JSON object)
 * @param factorsJson risk factors (JSON array of {factor, points, detail})
 * @param driftJson   drift reasons (JSON array of strings)
 */
public record ProfileSnapshot(long id, String customerId, Instant computedAt, BehaviourType type,
        BehaviourType suggestedType, double confidence, int riskScore, String fingerprint, String signalsJson,
        String factorsJson, String driftJson) {

    public ProfileSnapshot {
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(computedAt, "computedAt");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(suggestedType, "suggestedType");
        if (riskScore < 0 || riskScore > 100) {
            throw new IllegalArgumentException("ProfileSnapshot.riskScore must be 0..100, was " + riskScore);
        }
        Objects.requireNonNull(fingerprint, "fingerprint");
        Objects.requireNonNull(signalsJson, "signalsJson");
        Objects.requireNonNull(factorsJson, "factorsJson");
        Objects.requireNonNull(driftJson, "driftJson");
    }
}
