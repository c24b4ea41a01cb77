package io.arrears.rest.internal.collection;

import io.arrears.api.ledger.LedgerQueries;
import io.arrears.api.plan.PlanService;
import io.arrears.api.store.DuplicateKeyException;
import io.arrears.rest.internal.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jakartars.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;

/**
 * {@code /arrears/api/customers/{erpCustomerId}/plans}: payment plans. A preview calculates the schedule and the
 * guardrail verdict; agreeing stores the plan, pauses dunning and sends the agreement. A plan beyond the collector's
 * guardrails is a 403 "needs manager approval" for a collector; a manager may agree it.
 */
@Component(service = PlansResource.class)
@JakartarsResource
@JSONRequired
@Path("customers/{erpCustomerId}/plans")
@Produces(MediaType.APPLICATION_JSON)
public class PlansResource {

    private final PlanService plans;
    private final Predicate<String> customerKnown;
    private final Supplier<LocalDate> today;

    @Activate
    public PlansResource(@Reference PlanService plans, @Reference LedgerQueries ledger) {
        this(plans, id -> ledger.customer(id, ledger.today()).isPresent(), ledger::today);
    }

    PlansResource(PlanService plans, Predicate<String> customerKnown, Supplier<LocalDate> today) {
        this.plans = plans;
        this.customerKnown = customerKnown;
        this.today = today;
    }

    @GET
    @RolesAllowed({Roles.COLLECTOR, Roles.MANAGER})
    public List<PlanJson> list(@PathParam("erpCustomerId") String erpCustomerId) {
        return plans.plans(erpCustomerId).stream().map(PlanJson::of).toList();
    }

    @POST
    @Path("preview")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.COLLECTOR, Roles.MANAGER})
    public PlanJson.PreviewJson preview(@PathParam("erpCustomerId") String erpCustomerId, PlanTermsJson request,
            @Context SecurityContext security) {
        return PlanJson.PreviewJson.of(plans.preview(terms(erpCustomerId, request), security.getUserPrincipal().getName()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.COLLECTOR, Roles.MANAGER})
    public Response agree(@PathParam("erpCustomerId") String erpCustomerId, PlanTermsJson request, @Context SecurityContext security) {
        var terms = terms(erpCustomerId, request);
        try {
            var stored = plans.agree(terms, security.getUserPrincipal().getName(), security.isUserInRole(Roles.MANAGER));
            return Response.status(Response.Status.CREATED).entity(PlanJson.of(stored)).build();
        } catch (DuplicateKeyException e) {
            throw new ClientErrorException(e.getMessage(), Response.Status.CONFLICT);
        }
    }

    private io.arrears.api.plan.PlanTerms terms(String erpCustomerId, PlanTermsJson request) {
        if (request == null) {
            throw new IllegalArgumentException("a JSON body {\"total\": {...}, \"instalments\": ..., \"frequency\": ..., "
                    + "\"firstDueDate\": ...} is required");
        }
        if (!customerKnown.test(erpCustomerId)) {
            throw new NotFoundException("no customer with ERP id '" + erpCustomerId + "'");
        }
        return request.toTerms(erpCustomerId, today.get());
    }
}
