package io.arrears.rest.internal.escalation;

import io.arrears.api.contact.ContactChannel;
import io.arrears.api.contact.ContactDirection;
import io.arrears.api.contact.ContactEntry;
import io.arrears.api.contact.ContactLog;
import io.arrears.api.contact.ContactOutcome;
import io.arrears.api.contact.NewContactEntry;
import io.arrears.api.ledger.LedgerQueries;
import io.arrears.rest.internal.security.Roles;
import jakarta.annotation.security.RolesAllowed;
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
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jakartars.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;

/**
 * {@code /arrears/api/customers/{erpCustomerId}/escalations}: a collector asks a manager to escalate
 * a case (agency, legal action, credit insurer, review). The request is an entry of the
 * tamper-evident contact log (so it is in the customer's history and cannot be lost or altered);
 * the decision and the placement itself are the manager's.
 */
@Component(service = EscalationsResource.class)
@JakartarsResource
@JSONRequired
@Path("customers/{erpCustomerId}/escalations")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.COLLECTOR, Roles.MANAGER})
public class EscalationsResource {

    static final String REFERENCE_PREFIX = "escalation-request:";
    private static final int PAGE = 1000;

    private final ContactLog log;
    private final Predicate<String> customerKnown;
    private final Clock clock;

    @Activate
    public EscalationsResource(@Reference ContactLog log, @Reference LedgerQueries ledger) {
        this(log, id -> ledger.customer(id, ledger.today()).isPresent(), Clock.systemUTC());
    }

    EscalationsResource(ContactLog log, Predicate<String> customerKnown, Clock clock) {
        this.log = log;
        this.customerKnown = customerKnown;
        this.clock = clock;
    }

    static String notesPrefix(String kind) {
        return "Escalation requested (" + kind + "): ";
    }

    /** The customer's escalation requests, oldest first. */
    @GET
    public List<EscalationJson> list(@PathParam("erpCustomerId") String erpCustomerId) {
        requireKnown(erpCustomerId);
        List<EscalationJson> found = new ArrayList<>();
        long after = 0;
        while (true) {
            List<ContactEntry> page = log.entries(erpCustomerId, after, PAGE);
            page.stream().filter(e -> e.relatedReference().filter(r -> r.startsWith(REFERENCE_PREFIX)).isPresent())
                    .map(EscalationJson::of).forEach(found::add);
            if (page.size() < PAGE) {
                return found;
            }
            after = page.get(page.size() - 1).sequence();
        }
    }

    /** Records the request; 201 with it. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response request(@PathParam("erpCustomerId") String erpCustomerId, NewEscalationJson request,
            @Context SecurityContext security) {
        if (request == null) {
            throw new IllegalArgumentException("a JSON body {\"kind\": ..., \"reason\": ...} is required");
        }
        EscalationKind kind = request.validKind();
        String reason = request.validReason();
        requireKnown(erpCustomerId);
        ContactEntry entry = log.append(new NewContactEntry(erpCustomerId, clock.instant(),
                security.getUserPrincipal().getName(), ContactChannel.NOTE, ContactDirection.OUT, ContactOutcome.NOTE,
                notesPrefix(kind.name()) + reason, Optional.empty(), Optional.empty(),
                Optional.of(REFERENCE_PREFIX + kind.name())));
        return Response.status(Response.Status.CREATED).entity(EscalationJson.of(entry)).build();
    }

    private void requireKnown(String erpCustomerId) {
        if (!customerKnown.test(erpCustomerId)) {
            throw new NotFoundException("no customer with ERP id '" + erpCustomerId + "'");
        }
    }
}
