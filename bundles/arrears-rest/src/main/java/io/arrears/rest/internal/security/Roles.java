package io.arrears.rest.internal.security;

/** The roles Arrears knows; JAAS gives them to users (etc/users.properties: {@code name = password, collector}). */
public final class Roles {

    public static final String COLLECTOR = "collector";
    public static final String MANAGER = "manager";
    public static final String ADMIN = "admin";

    private Roles() {
    }
}
