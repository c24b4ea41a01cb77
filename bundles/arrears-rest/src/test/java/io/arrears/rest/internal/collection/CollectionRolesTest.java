package io.arrears.rest.internal.collection;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Who may call what: the roles of every endpoint of this package, as the whiteboard's RolesAllowed feature enforces them
 * (a user without one of them gets 403; DistributionIT shows it in a real Karaf).
 */
class CollectionRolesTest {

    @Test
    void everyEndpointNamesItsRolesAndOnlyTheseRoles() {
        Map<String, Set<String>> roles = new TreeMap<>();
        for (Class<?> resource : new Class<?>[] {CallsResource.class, PromisesResource.class, PlansResource.class,
                ContactsResource.class, ContactLogResource.class, TimelineResource.class, EscalationProposalsResource.class}) {
            for (Method m : resource.getDeclaredMethods()) {
                if (isEndpoint(m)) {
                    RolesAllowed allowed = m.getAnnotation(RolesAllowed.class);
                    assertThat(allowed).as(resource.getSimpleName() + "." + m.getName() + " has no @RolesAllowed").isNotNull();
                    roles.put(resource.getSimpleName() + "." + m.getName(), Set.of(allowed.value()));
                }
            }
        }

        Set<String> collectors = Set.of("collector", "manager");
        assertThat(roles).isEqualTo(Map.ofEntries(
                Map.entry("CallsResource.record", collectors),
                Map.entry("PromisesResource.list", collectors),
                Map.entry("PlansResource.list", collectors),
                Map.entry("PlansResource.preview", collectors),
                Map.entry("PlansResource.agree", collectors),
                Map.entry("ContactsResource.page", collectors),
                Map.entry("ContactsResource.log", collectors),
                Map.entry("ContactLogResource.verify", Set.of("manager", "admin")),
                Map.entry("ContactLogResource.checkpoint", Set.of("admin")),
                Map.entry("TimelineResource.timeline", collectors),
                Map.entry("EscalationProposalsResource.list", Set.of("manager"))));
    }

    private static boolean isEndpoint(Method m) {
        return m.isAnnotationPresent(GET.class) || m.isAnnotationPresent(POST.class) || m.isAnnotationPresent(PUT.class)
                || m.isAnnotationPresent(DELETE.class);
    }
}
