package io.arrears.core.profile;

import io.arrears.api.profile.BehaviourType;

import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * One playbook per behaviour type, UNKNOWN included (the general approach while the type is not
 * known). Bundled default {@value #RESOURCE}; managers edit a copy and load it with {@link #load(Path)}.
 */
public record Playbooks(Map<BehaviourType, Playbook> playbooks) {

    public static final String RESOURCE = "playbooks.json";

    public Playbooks {
        Objects.requireNonNull(playbooks, "playbooks");
        EnumMap<BehaviourType, Playbook> copy = new EnumMap<>(BehaviourType.class);
        for (BehaviourType type : BehaviourType.values()) {
            Playbook playbook = playbooks.get(type);
            if (playbook == null) {
                throw new IllegalArgumentException("playbooks." + type + " is missing: every type, UNKNOWN included, needs one");
            }
            copy.put(type, playbook);
        }
        playbooks = Collections.unmodifiableMap(copy);
    }

    public static Playbooks bundledDefault() {
        return ConfigJson.bundled(RESOURCE, Playbooks.class);
    }

    public static Playbooks load(Path path) {
        return ConfigJson.read(path, Playbooks.class);
    }

    public Playbook forType(BehaviourType type) {
        return playbooks.get(Objects.requireNonNull(type, "type"));
    }
}
