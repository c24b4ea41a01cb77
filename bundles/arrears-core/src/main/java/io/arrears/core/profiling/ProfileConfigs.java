package io.arrears.core.profiling;

import com.fasterxml.jackson.core.type.TypeReference;
import io.arrears.api.profile.BehaviourType;
import io.arrears.api.profile.ConfigDocument;
import io.arrears.api.profile.ConfigKind;
import io.arrears.api.profile.ProfileStore;
import io.arrears.core.profile.AppliedGuardrails;
import io.arrears.core.profile.ClassifierConfig;
import io.arrears.core.profile.ConfigJson;
import io.arrears.core.profile.ExcuseLibrary;
import io.arrears.core.profile.Guardrails;
import io.arrears.core.profile.Playbook;
import io.arrears.core.profile.Playbooks;
import io.arrears.core.profile.ProfileConfigException;
import io.arrears.core.profile.SegmentGuardrails;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The manager-editable profiling configuration: the newest version saved in the {@link ProfileStore}, else the
 * bundled default (version 0). Every save is validated by parsing it into the domain records (unknown fields, missing
 * types, out-of-range numbers are refused with the problem named) before anything is written. Parsed documents are
 * cached per kind and version, so a read costs one query.
 */
public final class ProfileConfigs {

    static final String BUNDLED = "bundled";

    private final ProfileStore store;
    private final Clock clock;
    private final Map<String, Object> parsed = new ConcurrentHashMap<>();

    public ProfileConfigs(ProfileStore store, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public ConfigDocument current(ConfigKind kind) {
        return store.currentConfig(kind).orElseGet(() -> new ConfigDocument(kind, 0, ConfigJson.bundledText(resource(kind)),
                BUNDLED, Instant.EPOCH));
    }

    public Playbooks playbooks() {
        return parsed(current(ConfigKind.PLAYBOOKS), Playbooks.class);
    }

    public ExcuseLibrary excuses() {
        return parsed(current(ConfigKind.EXCUSES), ExcuseLibrary.class);
    }

    public ClassifierConfig classifier() {
        return parsed(current(ConfigKind.CLASSIFIER), ClassifierConfig.class);
    }

    public SegmentGuardrails segmentGuardrails() {
        return parsed(current(ConfigKind.SEGMENT_GUARDRAILS), SegmentGuardrails.class);
    }

    /** The limits for a customer of {@code type} in {@code segment}: the segment's row, else the type's playbook row. */
    public AppliedGuardrails guardrails(BehaviourType type, Optional<String> segment) {
        return segmentGuardrails().resolve(type, segment, playbooks().forType(type).guardrails());
    }

    /** The guardrails of every type, as kept inside the playbooks. */
    public Map<BehaviourType, Guardrails> guardrails() {
        EnumMap<BehaviourType, Guardrails> all = new EnumMap<>(BehaviourType.class);
        playbooks().playbooks().forEach((type, playbook) -> all.put(type, playbook.guardrails()));
        return all;
    }

    /** Validates {@code json} as a document of {@code kind} and saves it as the next version. */
    public ConfigDocument save(ConfigKind kind, String json, String by) {
        Objects.requireNonNull(kind, "kind");
        if (json == null || json.isBlank()) {
            throw new IllegalArgumentException("the " + kind.name().toLowerCase() + " document is empty");
        }
        validated(kind, json);
        ConfigDocument now = current(kind);
        return store.saveConfig(kind, now.version() + 1, json, by, clock.instant());
    }

    /**
     * Replaces the guardrails of the types given (the others keep theirs) and saves the playbooks as a new version.
     * {@code json} is an object of behaviour type to guardrails.
     */
    public ConfigDocument saveGuardrails(String json, String by) {
        if (json == null || json.isBlank()) {
            throw new IllegalArgumentException("the guardrails document is empty");
        }
        Map<BehaviourType, Guardrails> changed;
        try {
            changed = ConfigJson.parse(json, new TypeReference<Map<BehaviourType, Guardrails>>() { }, "guardrails");
        } catch (ProfileConfigException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        if (changed.isEmpty()) {
            throw new IllegalArgumentException("guardrails: name at least one behaviour type");
        }
        EnumMap<BehaviourType, Playbook> playbooks = new EnumMap<>(playbooks().playbooks());
        changed.forEach((type, rails) -> {
            Playbook p = playbooks.get(type);
            playbooks.put(type, p.withGuardrails(Objects.requireNonNull(rails, "guardrails." + type)));
        });
        return save(ConfigKind.PLAYBOOKS, ConfigJson.write(new Playbooks(playbooks)), by);
    }

    private void validated(ConfigKind kind, String json) {
        try {
            ConfigJson.parse(json, type(kind), kind.name().toLowerCase());
        } catch (ProfileConfigException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    private <T> T parsed(ConfigDocument document, Class<T> type) {
        String key = document.kind() + "/" + document.version() + "/" + document.savedAt();
        return type.cast(parsed.computeIfAbsent(key, k -> ConfigJson.parse(document.json(), type,
                document.kind().name().toLowerCase() + " version " + document.version())));
    }

    private static Class<?> type(ConfigKind kind) {
        return switch (kind) {
            case PLAYBOOKS -> Playbooks.class;
            case EXCUSES -> ExcuseLibrary.class;
            case CLASSIFIER -> ClassifierConfig.class;
            case SEGMENT_GUARDRAILS -> SegmentGuardrails.class;
        };
    }

    private static String resource(ConfigKind kind) {
        return switch (kind) {
            case PLAYBOOKS -> Playbooks.RESOURCE;
            case EXCUSES -> ExcuseLibrary.RESOURCE;
            case CLASSIFIER -> ClassifierConfig.RESOURCE;
            case SEGMENT_GUARDRAILS -> SegmentGuardrails.RESOURCE;
        };
    }
}
