package io.arrears.rest.internal.profile;

import io.arrears.api.profile.CreditScore;
import io.arrears.api.profile.ProfileService;
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
import java.time.LocalDate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jakartars.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;

/**
 * {@code POST /arrears/api/customers/{erpCustomerId}/credit-scores}: a manager records an external credit score (0 worst
 * .. 100 best) with its source and date; the newest by date is a signal of the classifier and the risk score and is
 * shown in the profile. Logged in the contact log.
 */
@Component(service = CreditScoresResource.class)
@JakartarsResource
@JSONRequired
@Path("customers/{erpCustomerId}/credit-scores")
@Produces(MediaType.APPLICATION_JSON)
public class CreditScoresResource {

    /** The body: all three are required. */
    public record CreditScoreRequestJson(Integer score, String source, LocalDate asOf) {
    }

    /** A recorded score. */
    public record CreditScoreJson(long id, String customerId, int score, String source, LocalDate asOf, String recordedBy,
            Instant recordedAt) {

        static CreditScoreJson of(CreditScore s) {
            return new CreditScoreJson(s.id(), s.customerId(), s.score(), s.source(), s.asOf(), s.recordedBy(), s.recordedAt());
        }
    }

    private final ProfileService profiles;

    @Activate
    public CreditScoresResource(@Reference ProfileService profiles) {
        this.profiles = profiles;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.MANAGER)
    public Response record(@PathParam("erpCustomerId") String erpCustomerId, CreditScoreRequestJson body,
            @Context SecurityContext security) {
        if (body == null || body.score() == null || body.asOf() == null) {
            throw new IllegalArgumentException("score (0 worst .. 100 best), source and asOf (yyyy-MM-dd) are required");
        }
        CreditScore recorded = profiles.recordCreditScore(erpCustomerId, body.score(), body.source(), body.asOf(),
                security.getUserPrincipal().getName()).orElseThrow(() -> ProfileResource.unknown(erpCustomerId));
        return Response.status(Response.Status.CREATED).entity(CreditScoreJson.of(recorded)).build();
    }
}
