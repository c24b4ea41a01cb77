package io.arrears.rest.internal.profile;

import io.arrears.api.profile.CaseClosure;
import io.arrears.api.profile.ProfileService;
import io.arrears.rest.internal.json.MoneyJson;
import io.arrears.rest.internal.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Instant;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jakartars.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;

/**
 * {@code POST /arrears/api/customers/{erpCustomerId}/case-closures}: lessons learned when a case closes; the type,
 * playbook, promises, days to pay after contact and amount recovered are filled in from the data.
 */
@Component(service = CaseClosuresResource.class)
@JakartarsResource
@JSONRequired
@Path("customers/{erpCustomerId}/case-closures")
@Produces(MediaType.APPLICATION_JSON)
public class CaseClosuresResource {

    /** The body: {@code satisfied} is required, {@code channel} and {@code offer} (or NONE) name what was used. */
    public record LessonsJson(Boolean satisfied, String wentWrong, String improve, String channel, String offer) {
    }

    /** A stored closure; {@code daysToPayAfterContact} and {@code amountRecovered} are null when unknown. */
    public record ClosureJson(long id, String customerId, String closedBy, Instant closedAt, boolean satisfied, String wentWrong,
            String improve, String behaviourType, String playbook, String channel, String offer, int promisesMade,
            int promisesKept, Integer daysToPayAfterContact, MoneyJson amountRecovered) {

        static ClosureJson of(CaseClosure c) {
            return new ClosureJson(c.id(), c.customerId(), c.closedBy(), c.closedAt(), c.satisfied(), c.wentWrong(), c.improve(),
                    c.behaviourType().name(), c.playbook(), c.channel(), c.offer(), c.promisesMade(), c.promisesKept(),
                    c.daysToPayAfterContact().isPresent() ? c.daysToPayAfterContact().getAsInt() : null,
                    c.amountRecovered().map(MoneyJson::of).orElse(null));
        }
    }

    private final ProfileService profiles;

    @Activate
    public CaseClosuresResource(@Reference ProfileService profiles) {
        this.profiles = profiles;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.COLLECTOR, Roles.MANAGER})
    public Response close(@PathParam("erpCustomerId") String erpCustomerId, LessonsJson body, @Context SecurityContext security) {
        if (body == null || body.satisfied() == null) {
            throw new IllegalArgumentException("satisfied (true or false) is required, with wentWrong, improve, channel and offer");
        }
        CaseClosure closed = profiles.closeCase(erpCustomerId, new ProfileService.CaseLessons(body.satisfied(), body.wentWrong(),
                        body.improve(), body.channel(), body.offer()), security.getUserPrincipal().getName())
                .orElseThrow(() -> ProfileResource.unknown(erpCustomerId));
        return Response.status(Response.Status.CREATED).entity(ClosureJson.of(closed)).build();
    }
}
