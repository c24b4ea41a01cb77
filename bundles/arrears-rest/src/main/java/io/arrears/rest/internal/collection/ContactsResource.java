package io.arrears.rest.internal.collection;

import io.arrears.api.contact.ContactEntry;
import io.arrears.api.contact.ContactLog;
import io.arrears.api.ledger.LedgerQueries;
import io.arrears.rest.internal.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
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
import java.time.Clock;
import java.util.List;
import java.util.function.Predicate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jakartars.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;

/**
 * {@code /arrears/api/customers/{erpCustomerId}/contacts}: the customer's contact log, paged by sequence
 * ({@code ?after=0&size=50}), and contacts logged by hand (notes, visits, e-mails, letters, SMS).
 */
@Component(service = ContactsResource.class)
@JakartarsResource
@JSONRequired
@Path("customers/{erpCustomerId}/contacts")
@Produces(MediaType.APPLICATION_JSON)
public class ContactsResource {

    static final int MAX_SIZE = 200;

    private final ContactLog log;
    private final Predicate<String> customerKnown;
    private final Clock clock;

    @Activate
    public ContactsResource(@Reference ContactLog log, @Reference LedgerQueries ledger) {
        this(log, id -> ledger.customer(id, ledger.today()).isPresent(), Clock.systemUTC());
    }

    ContactsResource(ContactLog log, Predicate<String> customerKnown, Clock clock) {
        this.log = log;
        this.customerKnown = customerKnown;
        this.clock = clock;
    }

    @GET
    @RolesAllowed({Roles.COLLECTOR, Roles.MANAGER})
    public ContactPageJson page(@PathParam("erpCustomerId") String erpCustomerId, @QueryParam("after") @DefaultValue("0") long after,
            @QueryParam("size") @DefaultValue("50") int size) {
        if (after < 0) {
            throw new IllegalArgumentException("after: must not be negative, was " + after);
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("size: must be between 1 and " + MAX_SIZE + ", was " + size);
        }
        // one more than asked tells whether a next page exists
        List<ContactEntry> entries = log.entries(erpCustomerId, after, size + 1);
        List<ContactEntry> page = entries.size() > size ? entries.subList(0, size) : entries;
        Long next = entries.size() > size ? page.get(page.size() - 1).sequence() : null;
        return new ContactPageJson(page.stream().map(ContactJson::of).toList(), after, size, next);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.COLLECTOR, Roles.MANAGER})
    public Response log(@PathParam("erpCustomerId") String erpCustomerId, NewContactJson request, @Context SecurityContext security) {
        if (request == null) {
            throw new IllegalArgumentException("a JSON body {\"channel\": ..., \"notes\": ...} is required");
        }
        if (!customerKnown.test(erpCustomerId)) {
            throw new NotFoundException("no customer with ERP id '" + erpCustomerId + "'");
        }
        ContactEntry entry = log.append(request.toEntry(erpCustomerId, security.getUserPrincipal().getName(), clock.instant()));
        return Response.status(Response.Status.CREATED).entity(ContactJson.of(entry)).build();
    }
}
