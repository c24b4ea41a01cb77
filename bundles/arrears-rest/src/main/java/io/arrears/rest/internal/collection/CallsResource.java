package io.arrears.rest.internal.collection;

import io.arrears.api.call.CallService;
import io.arrears.api.ledger.LedgerQueries;
import io.arrears.api.store.DuplicateKeyException;
import io.arrears.rest.internal.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Clock;
import java.util.function.Predicate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jakartars.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;

/**
 * {@code /arrears/api/customers/{erpCustomerId}/calls}: a collector logs a call. The contact-log entry, the promise and
 * the confirmation e-mail are stored together; a field that does not fit the outcome is a 400 naming it; the same
 * promise logged twice is a 409.
 */
@Component(service = CallsResource.class)
@JakartarsResource
@JSONRequired
@Path("customers/{erpCustomerId}/calls")
@Produces(MediaType.APPLICATION_JSON)
public class CallsResource {

    private final CallService calls;
    private final Predicate<String> customerKnown;
    private final Clock clock;

    @Activate
    public CallsResource(@Reference CallService calls, @Reference LedgerQueries ledger) {
        this(calls, id -> ledger.customer(id, ledger.today()).isPresent(), Clock.systemUTC());
    }

    CallsResource(CallService calls, Predicate<String> customerKnown, Clock clock) {
        this.calls = calls;
        this.customerKnown = customerKnown;
        this.clock = clock;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.COLLECTOR, Roles.MANAGER})
    public Response record(@PathParam("erpCustomerId") String erpCustomerId, NewCallJson request, @Context SecurityContext security) {
        if (request == null) {
            throw new IllegalArgumentException("a JSON body {\"outcome\": ..., \"promise\": {...}, \"callbackAt\": ..., \"notes\": ...} "
                    + "is required");
        }
        if (!customerKnown.test(erpCustomerId)) {
            throw new NotFoundException("no customer with ERP id '" + erpCustomerId + "'");
        }
        try {
            var logged = calls.record(request.toReport(erpCustomerId, security.getUserPrincipal().getName(), clock.instant()));
            return Response.status(Response.Status.CREATED).entity(LoggedCallJson.of(logged)).build();
        } catch (DuplicateKeyException e) {
            throw new ClientErrorException("this call (same customer and time) is already logged: " + e.getMessage(),
                    Response.Status.CONFLICT);
        }
    }
}
