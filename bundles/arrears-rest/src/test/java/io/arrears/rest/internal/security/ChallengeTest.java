package io.arrears.rest.internal.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.arrears.rest.internal.MeResource;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ChallengeTest {

    private final InProcessApi api = new InProcessApi(Map.of("carla", Set.of("collector")), new MeResource());

    @Test
    void programsGetTheBasicChallengeTheWebTabGetsOnlyTheErrorBody() {
        InProcessApi.Reply program = api.getWithoutCsrfHeader(null, "me");
        InProcessApi.Reply tab = api.get(null, "me");

        assertThat(program.status()).isEqualTo(401);
        assertThat(program.challenge()).startsWith("Basic realm=\"Arrears\"");
        assertThat(tab.status()).isEqualTo(401);
        assertThat(tab.challenge()).isNull();
        assertThat(tab.body()).contains("\"error\":\"unauthenticated\"");
        assertThat(api.get("carla", "me").body()).contains("carla");
    }

    @Test
    void aCrossSiteFormPostWithStoredCredentialsIsRefused() {
        InProcessApi.Reply forged = api.postWithoutCsrfHeader("carla", "me", "{}");

        assertThat(forged.status()).isEqualTo(403);
        assertThat(forged.body()).contains("\"error\":\"csrf\"");
    }
}
