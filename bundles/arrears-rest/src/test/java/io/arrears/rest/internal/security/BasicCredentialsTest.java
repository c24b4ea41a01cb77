package io.arrears.rest.internal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class BasicCredentialsTest {

    private static String basic(String raw) {
        return "Basic " + Base64.getEncoder().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void splitsAtTheFirstColonSoPasswordsMayContainColons() {
        assertThat(BasicAuthenticationFilter.credentials(basic("ayşe:pa:ss")))
                .hasValueSatisfying(c -> assertThat(c).containsExactly("ayşe", "pa:ss"));
    }

    @Test
    void schemeIsCaseInsensitive() {
        assertThat(BasicAuthenticationFilter.credentials("basic " + Base64.getEncoder().encodeToString("u:p".getBytes())))
                .isPresent();
    }

    @Test
    void refusesEverythingElse() {
        assertThat(BasicAuthenticationFilter.credentials(null)).isEmpty();
        assertThat(BasicAuthenticationFilter.credentials("Bearer abc")).isEmpty();
        assertThat(BasicAuthenticationFilter.credentials("Basic !!!not-base64")).isEmpty();
        assertThat(BasicAuthenticationFilter.credentials(basic("no-colon"))).isEmpty();
        assertThat(BasicAuthenticationFilter.credentials(basic(":password-without-user"))).isEmpty();
    }
}
