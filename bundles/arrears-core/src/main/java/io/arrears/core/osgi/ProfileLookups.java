package io.arrears.core.osgi;

import com.fasterxml.jackson.core.type.TypeReference;
import io.arrears.api.profile.BehaviourType;
import io.arrears.api.profile.ProfileService;
import io.arrears.core.profile.ConfigJson;
import io.arrears.core.profile.Guardrails;
import io.arrears.core.profile.Playbooks;
import java.util.Map;
import java.util.function.Function;

/**
 * The behaviour type and the negotiation guardrails of a customer, read from the {@link ProfileService} at the moment
 * they are needed (so a manager's edit or an override counts at once). Without a profile service (it is optional)
 * every customer is UNKNOWN with the bundled UNKNOWN guardrails.
 */
final class ProfileLookups {

    private ProfileLookups() {
    }

    static Function<String, BehaviourType> types(ProfileService profiles) {
        return profiles == null ? id -> BehaviourType.UNKNOWN : profiles::effectiveType;
    }

    static Function<String, Guardrails> guardrails(ProfileService profiles) {
        if (profiles == null) {
            Guardrails unknown = Playbooks.bundledDefault().forType(BehaviourType.UNKNOWN).guardrails();
            return id -> unknown;
        }
        return id -> guardrailsOf(profiles.guardrails(), profiles.effectiveType(id));
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
