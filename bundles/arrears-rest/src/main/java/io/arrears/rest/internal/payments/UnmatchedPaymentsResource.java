package io.arrears.rest.internal.payments;

import io.arrears.api.intake.IntakeService;
import io.arrears.api.ledger.Page;
import io.arrears.rest.internal.json.PageJson;
import io.arrears.rest.internal.json.QueryParams;
import io.arrears.rest.internal.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
 * {@code /arrears/api/payments/unmatched}: bank payments no rule could assign, and their manual
 * resolution (managers only: it moves money on a customer's account).
 */
@Component(service = UnmatchedPaymentsResource.class)
@JakartarsResource
@JSONRequired
@Path("payments/unmatched")
@Produces(MediaType.APPLICATION_JSON)
public class UnmatchedPaymentsResource {

    /** The queue is read up to this many entries (oldest first); {@code total} counts at most these. */
    static final int QUEUE_READ_LIMIT = 1000;

    private final IntakeService intake;

    @Activate
    public UnmatchedPaymentsResource(@Reference IntakeService intake) {
        this.intake = intake;
    }

    /** Oldest first, {@code ?page=&size=}. */
    @GET
    @RolesAllowed({Roles.COLLECTOR, Roles.MANAGER, Roles.ADMIN})
    public PageJson<UnmatchedPaymentJson> unmatched(@QueryParam("page") String page, @QueryParam("size") String size) {
        return PageJson.of(Page.of(intake.unmatchedPayments(QUEUE_READ_LIMIT), QueryParams.page(page), QueryParams.size(size)),
                UnmatchedPaymentJson::of);
    }

    /** Applies the payment to the customer in the body; 204 when done. */
    @POST
    @Path("{id}/resolve")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
    public Response resolve(@PathParam("id") String id, ResolveRequestJson request, @Context SecurityContext security) {
        long queueId = QueryParams.id("id", id);
        if (request == null) {
            throw new IllegalArgumentException("a JSON body {\"customerId\": ..., \"itemIds\": [...]} is required");
        }
        intake.resolveUnmatched(queueId, request.customerId(), request.validItemIds(),
                security.getUserPrincipal().getName());
        return Response.noContent().build();
    }
}
