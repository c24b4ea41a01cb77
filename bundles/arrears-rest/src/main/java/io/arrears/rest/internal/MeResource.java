package io.arrears.rest.internal;

import io.arrears.rest.internal.security.AuthenticatedUser;
import io.arrears.rest.internal.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.Set;
import java.util.TreeSet;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jakartars.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;

/** {@code GET /arrears/api/me}: who the caller is and which roles they have (the tab adapts to it). */
@Component(service = MeResource.class)
@JakartarsResource
@JSONRequired
@Path("me")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    public record Me(String user, Set<String> roles) {
    }

    @GET
    @RolesAllowed({Roles.COLLECTOR, Roles.MANAGER, Roles.ADMIN})
    public Me me(@Context SecurityContext security) {
        AuthenticatedUser user = (AuthenticatedUser) security.getUserPrincipal();
        return new Me(user.name(), new TreeSet<>(user.roles()));
    }
}
