package io.arrears.core.profile;

import io.arrears.api.intake.CustomerMasterData;
import io.arrears.api.profile.BehaviourType;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Negotiation guardrails per customer segment (ERP master data) and behaviour type; bundled default
 * {@value #RESOURCE}. A segment lists only the types whose limits differ for it: every other (type, segment) pair, and
 * every customer without a segment, falls back to the type's row in the playbooks.
 *
 * @param segments segment name (trimmed, lower case) to behaviour type to limits
 */
public record SegmentGuardrails(Map<String, Map<BehaviourType, Guardrails>> segments) {

    public static final String RESOURCE = "segment-guardrails.json";

    public SegmentGuardrails {
        Objects.requireNonNull(segments, "segments");
        TreeMap<String, Map<BehaviourType, Guardrails>> copy = new TreeMap<>();
        segments.forEach((segment, rows) -> {
            String name = CustomerMasterData.normaliseSegment(segment);
            if (name == null) {
                throw new IllegalArgumentException("segments: a segment name is blank");
            }
            if (rows == null || rows.isEmpty()) {
                throw new IllegalArgumentException("segments." + name + " names no behaviour type");
            }
            EnumMap<BehaviourType, Guardrails> typed = new EnumMap<>(BehaviourType.class);
            rows.forEach((type, rails) -> typed.put(type, Objects.requireNonNull(rails, "segments." + name + "." + type)));
            if (copy.put(name, Collections.unmodifiableMap(typed)) != null) {
                throw new IllegalArgumentException("segments." + name + " is given twice (names are case-insensitive)");
            }
        });
        segments = Collections.unmodifiableMap(copy);
    }

    public static SegmentGuardrails bundledDefault() {
        return ConfigJson.bundled(RESOURCE, SegmentGuardrails.class);
    }

    /**
     * The limits for a customer of {@code type} in {@code segment}: the segment's row for the type when there is one,
     * else {@code typeRow} (the playbook's).
     */
    public AppliedGuardrails resolve(BehaviourType type, Optional<String> segment, Guardrails typeRow) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(typeRow, "typeRow");
        Optional<String> name = segment.map(CustomerMasterData::normaliseSegment);
        Optional<Guardrails> row = name.map(segments::get).map(rows -> rows.get(type));
        return new AppliedGuardrails(type, name, row.isPresent(), row.orElse(typeRow));
    }
}
