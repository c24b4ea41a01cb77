package io.arrears.core.osgi;

import com.fasterxml.jackson.core.type.TypeReference;
import io.arrears.api.intake.CustomerMasterData;
import io.arrears.api.intake.CustomerRepository;
import io.arrears.api.profile.BehaviourType;
import io.arrears.api.profile.ConfigKind;
import io.arrears.api.profile.ProfileService;
import io.arrears.core.profile.AppliedGuardrails;
import io.arrears.core.profile.ConfigJson;
import io.arrears.core.profile.Guardrails;
import io.arrears.core.profile.Playbooks;
import io.arrears.core.profile.SegmentGuardrails;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The behaviour type and the negotiation guardrails (type and segment) of a customer, read from the {@link ProfileService} at the moment
 * they are needed (so a manager's edit or an override counts at once). Without a profile service (it is optional)
 * every customer is UNKNOWN with the bundled UNKNOWN guardrails.
 */
final class ProfileLookups {

    private ProfileLookups() {
    }

    static Function<String, BehaviourType> types(ProfileService profiles) {
        return profiles == null ? id -> BehaviourType.UNKNOWN : profiles::effectiveType;
    }

    /**
     * The limits of the customer's type in force and segment (master data): the (type, segment) row of the segment
     * guardrails when there is one, else the type's row in the playbooks.
     */
    static Function<String, AppliedGuardrails> guardrails(ProfileService profiles, CustomerRepository customers) {
        if (profiles == null) {
            Guardrails unknown = Playbooks.bundledDefault().forType(BehaviourType.UNKNOWN).guardrails();
            return id -> AppliedGuardrails.ofType(BehaviourType.UNKNOWN, unknown);
        }
        return id -> {
            BehaviourType type = profiles.effectiveType(id);
            Optional<String> segment = customers.find(id).map(CustomerMasterData::segment);
            SegmentGuardrails bySegment = ConfigJson.parse(profiles.config(ConfigKind.SEGMENT_GUARDRAILS).json(),
                    SegmentGuardrails.class, "segment guardrails");
            return bySegment.resolve(type, segment, guardrailsOf(profiles.guardrails(), type));
        };
    }

    /** The guardrails of {@code type} in the service's JSON document (type to guardrails). */
    static Guardrails guardrailsOf(String json, BehaviourType type) {
        Map<BehaviourType, Guardrails> all = ConfigJson.parse(json, new TypeReference<Map<BehaviourType, Guardrails>>() { },
                "guardrails");
        Guardrails rails = all.get(type);
        if (rails == null) {
            throw new IllegalStateException("the guardrails in force name no limits for " + type);
        }
        return rails;
    }
}
