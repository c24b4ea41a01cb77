package io.arrears.rest.internal.profile;

import io.arrears.api.profile.BehaviourType;
import java.util.Arrays;

/** Body of {@code PUT customers/{id}/profile/override}. */
public record OverrideRequestJson(String type, String reason) {

    BehaviourType behaviourType() {
        String known = Arrays.toString(Arrays.stream(BehaviourType.values()).filter(BehaviourType::isKnown).toArray());
        if (type == null || type.isBlank()) {
            throw new IllegalArgumentException("type is required: one of " + known);
        }
        return Arrays.stream(BehaviourType.values()).filter(BehaviourType::isKnown).filter(t -> t.name().equals(type.strip()))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("type '" + type + "' is not a behaviour type: expected one of "
                        + known));
    }

    String requiredReason() {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("reason is required: an override is kept in the contact log with its reason");
        }
        return reason.strip();
    }
}
