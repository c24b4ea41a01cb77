package io.arrears.rest.internal.profile;

import io.arrears.api.profile.ProfileService;
import io.arrears.rest.internal.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jakartars.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;

/**
 * {@code /arrears/api/customers/{erpCustomerId}/profile}: the behaviour profile (recomputed from the current ledger,
 * contact log and promises on every call) and the collector's override of the type.
 */
@Component(service = ProfileResource.class)
@JakartarsResource
@JSONRequired
@Path("customers/{erpCustomerId}/profile")
@Produces(MediaType.APPLICATION_JSON)
public class ProfileResource {

    private final ProfileService profiles;

    @Activate
    public ProfileResource(@Reference ProfileService profiles) {
        this.profiles = profiles;
    }

    @GET
    @RolesAllowed({Roles.COLLECTOR, Roles.MANAGER})
    public ProfileJson profile(@PathParam("erpCustomerId") String erpCustomerId, @QueryParam("lang") String lang) {
        return profiles.profile(erpCustomerId, lang).map(ProfileJson::of).orElseThrow(() -> unknown(erpCustomerId));
    }

    /** Overrides the type with a reason (logged); 200 with the profile as it now stands. */
    @PUT
    @Path("override")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.COLLECTOR, Roles.MANAGER})
    public ProfileJson override(@PathParam("erpCustomerId") String erpCustomerId, OverrideRequestJson request,
            @Context SecurityContext security) {
        if (request == null) {
            throw new IllegalArgumentException("a JSON body {\"type\": ..., \"reason\": ...} is required");
        }
        return profiles.override(erpCustomerId, request.behaviourType(), request.requiredReason(),
                        security.getUserPrincipal().getName())
                .map(ProfileJson::of).orElseThrow(() -> unknown(erpCustomerId));
    }

    /** Removes the override (logged); 204, or 404 when there is none. */
    @DELETE
    @Path("override")
    @RolesAllowed({Roles.COLLECTOR, Roles.MANAGER})
    public Response clear(@PathParam("erpCustomerId") String erpCustomerId, @Context SecurityContext security) {
        if (!profiles.clearOverride(erpCustomerId, security.getUserPrincipal().getName())) {
            throw new NotFoundException("customer '" + erpCustomerId + "' has no behaviour type override");
        }
        return Response.noContent().build();
    }

    static NotFoundException unknown(String erpCustomerId) {
        return new NotFoundException("no customer with ERP id '" + erpCustomerId + "'");
    }
}
