package io.arrears.rest.internal.escalation;

import io.arrears.api.insurer.InsurerPolicyRepository;
import io.arrears.rest.internal.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jakartars.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;

/** {@code /arrears/api/insurer/policies}: credit insurance policies with buyers' limits; managers and admins. */
@Component(service = InsurerPoliciesResource.class)
@JakartarsResource
@JSONRequired
@Path("insurer/policies")
@Produces(MediaType.APPLICATION_JSON)
public class InsurerPoliciesResource {

    private final InsurerPolicyRepository policies;

    @Activate
    public InsurerPoliciesResource(@Reference InsurerPolicyRepository policies) {
        this.policies = policies;
    }

    @GET
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
    public List<PolicyJson> list() {
        return policies.list().stream().map(PolicyJson::of).toList();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
    public PolicyJson get(@PathParam("id") long id) {
        return policies.find(id).map(PolicyJson::of).orElseThrow(() -> new NotFoundException("no insurer policy with id " + id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
    public Response create(PolicyJson body) {
        if (body == null) {
            throw new IllegalArgumentException("a policy JSON body is required");
        }
        return Response.status(Response.Status.CREATED).entity(PolicyJson.of(policies.create(body.toPolicy(0)))).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
    public PolicyJson update(@PathParam("id") long id, PolicyJson body) {
        get(id);
        if (body == null) {
            throw new IllegalArgumentException("a policy JSON body is required");
        }
        return PolicyJson.of(policies.update(body.toPolicy(id)));
    }

    /** Deactivates the policy (kept for the notifications that name it). */
    @DELETE
    @Path("{id}")
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
    public Response deactivate(@PathParam("id") long id) {
        get(id);
        policies.deactivate(id);
        return Response.noContent().build();
    }
}
