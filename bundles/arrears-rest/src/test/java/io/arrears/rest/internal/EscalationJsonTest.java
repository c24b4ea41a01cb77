package io.arrears.rest.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.arrears.rest.internal.escalation.FeedbackJson;
import io.arrears.rest.internal.escalation.NewPlacementJson;
import io.arrears.rest.internal.escalation.PolicyJson;
import org.junit.jupiter.api.Test;

class EscalationJsonTest {

    private final ObjectMapper json = JsonProviderExtension.objectMapper();

    @Test
    void unknownPropertiesAreRefused() {
        assertThatThrownBy(() -> json.readValue("{\"customerId\":\"C-1\",\"agencyId\":\"acme\",\"itemIds\":[],\"approved\":true}",
                NewPlacementJson.class)).isInstanceOf(UnrecognizedPropertyException.class);
        assertThatThrownBy(() -> json.readValue("{\"agency\":\"acme\",\"records\":[{\"id\":\"F-1\",\"bonus\":1}]}",
                FeedbackJson.DocumentJson.class)).isInstanceOf(UnrecognizedPropertyException.class);
    }

    @Test
    void aPolicyBodyReadsWithBuyersAndLimits() throws Exception {
        PolicyJson body = json.readValue("""
                {"insurerId":"coface","policyNumber":"CF-1","maxExtensionDays":120,"notificationDays":60,"country":"DE",
                 "buyers":[{"customerId":"C-1","registrationId":"DE811234567","creditLimit":{"amount":"5000.00","currency":"EUR"}}]}
                """, PolicyJson.class);
        assertThat(body.buyers()).singleElement().satisfies(b -> assertThat(b.creditLimit().amount()).isEqualTo("5000.00"));
    }
}
