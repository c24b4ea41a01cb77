package io.arrears.core.promise;

import io.arrears.api.profile.BehaviourType;
import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The follow-through configuration (bundled default {@value #RESOURCE}, an edited copy via
 * {@link #load(Path)}):
 * <ul>
 *   <li>{@code graceDays}: days after a promised date in which the money may still arrive (bank
 *       value dates lag); default for plans too;</li>
 *   <li>{@code consequences}: one {@link ConsequenceRule} per behaviour type, UNKNOWN included.</li>
 * </ul>
 */
public record ConsequencePolicy(int graceDays, Map<BehaviourType, ConsequenceRule> consequences) {

    static final String RESOURCE = "consequences.json";

    public ConsequencePolicy {
        if (graceDays < 0 || graceDays > 60) {
            throw new IllegalArgumentException("graceDays must be within 0..60, was " + graceDays);
        }
        Objects.requireNonNull(consequences, "consequences");
        EnumMap<BehaviourType, ConsequenceRule> copy = new EnumMap<>(BehaviourType.class);
        for (BehaviourType type : BehaviourType.values()) {
            ConsequenceRule rule = consequences.get(type);
            if (rule == null) {
                throw new IllegalArgumentException("consequences." + type + " is missing: every type, UNKNOWN included, needs one");
            }
            copy.put(type, rule);
        }
        consequences = Collections.unmodifiableMap(copy);
    }

    public static ConsequencePolicy bundledDefault() {
        return JsonConfig.bundled(ConsequencePolicy.class, RESOURCE, ConsequencePolicy.class);
    }

    public static ConsequencePolicy load(Path path) {
        return JsonConfig.read(path, ConsequencePolicy.class);
    }

    public ConsequenceRule forType(BehaviourType type) {
        return consequences.get(Objects.requireNonNull(type, "type"));
    }
}
