package io.arrears.rest.internal.collection;

import io.arrears.api.ledger.LedgerQueries;
import io.arrears.api.plan.DiscountOfferService;
import io.arrears.api.store.DuplicateKeyException;
import io.arrears.rest.internal.json.QueryParams;
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
import jakarta.ws.rs.QueryParam;
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
 * {@code /arrears/api/customers/{erpCustomerId}/discount-offers}: limited-time early-payment discounts. Offering one
 * stores it and sends it to the debtor; beyond the discount limit of the behaviour type's guardrails a collector gets
 * 403 "needs manager approval", a manager may offer it. Listed with their state as of {@code ?asOf=} (today).
 */
@Component(service = DiscountOffersResource.class)
@JakartarsResource
@JSONRequired
@Path("customers/{erpCustomerId}/discount-offers")
@Produces(MediaType.APPLICATION_JSON)
public class DiscountOffersResource {

    private final DiscountOfferService offers;
    private final Predicate<String> customerKnown;
    private final Supplier<LocalDate> today;

    @Activate
    public DiscountOffersResource(@Reference DiscountOfferService offers, @Reference LedgerQueries ledger) {
        this(offers, id -> ledger.customer(id, ledger.today()).isPresent(), ledger::today);
    }

    DiscountOffersResource(DiscountOfferService offers, Predicate<String> customerKnown, Supplier<LocalDate> today) {
        this.offers = offers;
        this.customerKnown = customerKnown;
        this.today = today;
    }

    @GET
    @RolesAllowed({Roles.COLLECTOR, Roles.MANAGER})
    public List<DiscountOfferJson> list(@PathParam("erpCustomerId") String erpCustomerId, @QueryParam("asOf") String asOf) {
        return offers.offers(erpCustomerId, QueryParams.asOf(asOf, today)).stream().map(DiscountOfferJson::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.COLLECTOR, Roles.MANAGER})
    public Response offer(@PathParam("erpCustomerId") String erpCustomerId, DiscountOfferJson.NewJson request,
            @Context SecurityContext security) {
        if (request == null) {
            throw new IllegalArgumentException("a JSON body {\"debt\": {...}, \"percent\": ..., \"validUntil\": ...} is required");
        }
        if (!customerKnown.test(erpCustomerId)) {
            throw new NotFoundException("no customer with ERP id '" + erpCustomerId + "'");
        }
        try {
            var judged = offers.offer(request.toOffer(erpCustomerId, today.get()), security.getUserPrincipal().getName(),
                    security.isUserInRole(Roles.MANAGER));
            return Response.status(Response.Status.CREATED).entity(DiscountOfferJson.of(judged)).build();
        } catch (DuplicateKeyException e) {
            throw new ClientErrorException(e.getMessage(), Response.Status.CONFLICT);
        }
    }
}
