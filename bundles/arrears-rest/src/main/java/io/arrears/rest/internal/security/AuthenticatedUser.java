package io.arrears.rest.internal.security;

import java.security.Principal;
import java.util.Set;

/** Who made the request and which Arrears roles (collector, manager, admin) they have. */
public record AuthenticatedUser(String name, Set<String> roles) implements Principal {

    public AuthenticatedUser {
        roles = Set.copyOf(roles);
    }

    @Override
    public String getName() {
        return name;
    }
}
