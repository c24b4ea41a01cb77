package io.arrears.rest.internal.security;

import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;
import java.util.Set;

/** The security context the authentication filter would set for this user; shared by the resource tests. */
public record TestUser(AuthenticatedUser user) implements SecurityContext {

    public static TestUser of(String name, String... roles) {
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
