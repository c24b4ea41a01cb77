package io.arrears.core.profile;

import io.arrears.api.profile.BehaviourType;

import java.util.List;
import java.util.Objects;

/**
 * The type the playbook and letters go by, where it came from and why.
 *
 * @param materialChanges for OVERRIDE_RELEASED: what changed since the override; otherwise empty
 */
public record EffectiveProfile(BehaviourType type, Source source, String why, List<String> materialChanges) {

    public enum Source {
        /** No override: the system's suggestion. */
        SUGGESTED,
        /** A collector's override, still respected. */
        OVERRIDDEN,
        /** There was an override, but evidence changed materially since: back to the suggestion. */
        OVERRIDE_RELEASED
    }

    public EffectiveProfile {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(why, "why");
        materialChanges = List.copyOf(materialChanges);
    }
}
