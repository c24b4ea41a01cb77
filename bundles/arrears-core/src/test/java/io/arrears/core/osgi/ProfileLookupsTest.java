package io.arrears.core.osgi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.arrears.api.profile.BehaviourType;
import io.arrears.core.profile.ConfigJson;
import io.arrears.core.profile.Guardrails;
import io.arrears.core.profile.Playbooks;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProfileLookupsTest {

    @Test
    void withoutAProfileServiceEveryCustomerIsUnknownWithTheBundledUnknownGuardrails() {
        assertThat(ProfileLookups.types(null).apply("K-1")).isEqualTo(BehaviourType.UNKNOWN);
        assertThat(ProfileLookups.guardrails(null, null).apply("K-1").limits())
                .isEqualTo(Playbooks.bundledDefault().forType(BehaviourType.UNKNOWN).guardrails());
    }

    @Test
    void theGuardrailsOfATypeAreReadFromTheDocumentTheProfileServiceWrites() {
        Map<BehaviourType, Guardrails> all = new EnumMap<>(BehaviourType.class);
        Playbooks.bundledDefault().playbooks().forEach((type, playbook) -> all.put(type, playbook.guardrails()));
        Guardrails edited = new Guardrails(9, new BigDecimal("5"), BigDecimal.ZERO, 30, true, false);
        all.put(BehaviourType.EASYGOING, edited);

        String json = ConfigJson.write(all);

        assertThat(ProfileLookups.guardrailsOf(json, BehaviourType.EASYGOING)).isEqualTo(edited);
        assertThat(ProfileLookups.guardrailsOf(json, BehaviourType.STRUGGLING).maxPlanMonths()).isEqualTo(12);
        all.remove(BehaviourType.DOMINANT);
        assertThatThrownBy(() -> ProfileLookups.guardrailsOf(ConfigJson.write(all), BehaviourType.DOMINANT))
                .hasMessageContaining("DOMINANT");
    }
}
