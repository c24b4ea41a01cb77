package io.arrears.rest.internal.collection;

import io.arrears.rest.internal.security.AuthenticatedUser;
import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;
import java.util.Set;

/** The security context the authentication filter would set for this user. */
record TestUser(AuthenticatedUser user) implements SecurityContext {

    static TestUser of(String name, String... roles) {
        return new TestUser(new AuthenticatedUser(name, Set.of(roles)));
    }

    @Override
    public Principal getUserPrincipal() {
        return user;
    }

    @Override
    public boolean isUserInRole(String role) {
        return user.roles().contains(role);
    }

    @Override
    public boolean isSecure() {
        return true;
    }

    @Override
    public String getAuthenticationScheme() {
        return BASIC_AUTH;
    }
}
