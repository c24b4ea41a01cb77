package io.arrears.rest.internal.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.arrears.rest.internal.security.InProcessApi;
import io.arrears.api.profile.ConfigDocument;
import io.arrears.api.profile.ConfigKind;
import io.arrears.api.profile.ProfileService;
import io.arrears.rest.internal.profile.ProfileConfigResource;
import java.time.Instant;
import java.util.Hashtable;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

class ConfigResourceTest {

    @Test
    void adminsSeeTheConfigurationWithSecretsMasked() throws Exception {
        ConfigurationAdmin admin = mock(ConfigurationAdmin.class);
        Configuration dispatch = mock(Configuration.class);
        Hashtable<String, Object> properties = new Hashtable<>();
        properties.put("service.pid", "io.arrears.route.dispatch");
        properties.put("smtp.host", "mail.example.com");
        properties.put("smtp.password", "s3cret");
        properties.put("sms.gateway.token", "abc");
        properties.put("checkpoint.key", "");
        properties.put("sms.allowed.hosts", new String[] {"sms.example.com", "backup.example.com"});
        when(dispatch.getPid()).thenReturn("io.arrears.route.dispatch");
        when(dispatch.getProperties()).thenReturn(properties);
        when(admin.listConfigurations(anyString())).thenReturn(new Configuration[] {dispatch});
        InProcessApi api = new InProcessApi(Map.of("root", Set.of("admin"), "mia", Set.of("manager")), new ConfigResource(admin));

        InProcessApi.Reply reply = api.get("root", "config");

        assertThat(reply.status()).isEqualTo(200);
        JsonNode shown = new ObjectMapper().readTree(reply.body()).get(0).get("properties");
        assertThat(shown.get("smtp.host").asText()).isEqualTo("mail.example.com");
        assertThat(shown.get("smtp.password").asText()).isEqualTo(ConfigMasking.MASK);
        assertThat(shown.get("sms.gateway.token").asText()).isEqualTo(ConfigMasking.MASK);
        assertThat(shown.get("checkpoint.key").asText()).isEmpty();
        assertThat(shown.get("sms.allowed.hosts").asText()).isEqualTo("sms.example.com, backup.example.com");
        assertThat(shown.has("service.pid")).isFalse();
        assertThat(reply.body()).doesNotContain("s3cret");
        assertThat(api.get("mia", "config").status()).isEqualTo(403);
    }

    @Test
    void theReadOutAndTheProfileDocumentsShareTheConfigPath() throws Exception {
        ConfigurationAdmin admin = mock(ConfigurationAdmin.class);
        ProfileService profiles = mock(ProfileService.class);
        when(profiles.config(ConfigKind.EXCUSES)).thenReturn(new ConfigDocument(ConfigKind.EXCUSES, 2, "{}", "mia",
                Instant.parse("2025-03-01T10:00:00Z")));
        InProcessApi api = new InProcessApi(Map.of("root", Set.of("admin")), new ConfigResource(admin),
                new ProfileConfigResource(profiles));

        assertThat(api.get("root", "config").status()).isEqualTo(200);
        InProcessApi.Reply excuses = api.get("root", "config/excuses");
        assertThat(excuses.status()).as(excuses.body()).isEqualTo(200);
        assertThat(excuses.body()).contains("\"version\":2");
    }
}
