package io.arrears.rest.internal.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.arrears.api.metrics.ArrearsMeters;
import io.arrears.metrics.MetricsRegistry;
import io.arrears.rest.internal.security.AuthenticatedUser;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MetricsResourceTest {

    private final MetricsRegistry registry = new MetricsRegistry();
    private final MetricsResource resource = new MetricsResource(registry, "metrics");

    @Test
    void adminsAndTheScrapeRoleGetTheTextFormat() {
        registry.increment(ArrearsMeters.UNMATCHED_PAYMENTS, "bank.camt");

        for (SecurityContext caller : new SecurityContext[] {user("admin"), user("metrics")}) {
            var response = resource.scrape(caller);
            assertThat(response.getStatus()).isEqualTo(200);
            assertThat(response.getMediaType().isCompatible(jakarta.ws.rs.core.MediaType.TEXT_PLAIN_TYPE)).isTrue();
            assertThat(response.getMediaType().getParameters()).containsEntry("version", "0.0.4").containsEntry("charset", "utf-8");
            assertThat((String) response.getEntity()).contains("arrears_unmatched_payments_total{source=\"bank.camt\"} 1\n");
        }
    }

    @Test
    void collectorsAndManagersAreRefused() {
        assertThatThrownBy(() -> resource.scrape(user("collector"))).isInstanceOf(ForbiddenException.class)
                .hasMessageContaining("admin or metrics");
        assertThatThrownBy(() -> resource.scrape(user("manager"))).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> new MetricsResource(registry, " ").scrape(user("metrics"))).isInstanceOf(ForbiddenException.class);
        assertThat(new MetricsResource(registry, "").scrape(user("admin")).getStatus()).isEqualTo(200);
    }

    /** Like BasicAuthenticationFilter's context: admin has every role. */
    private static SecurityContext user(String role) {
        AuthenticatedUser user = new AuthenticatedUser("u", Set.of(role));
        return new SecurityContext() {
            @Override
            public Principal getUserPrincipal() {
                return user;
            }

            @Override
            public boolean isUserInRole(String r) {
                return user.roles().contains(r) || user.roles().contains("admin");
            }

            @Override
            public boolean isSecure() {
                return false;
            }

            @Override
            public String getAuthenticationScheme() {
                return BASIC_AUTH;
            }
        };
    }
}
