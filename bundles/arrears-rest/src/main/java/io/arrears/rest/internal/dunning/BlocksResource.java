package io.arrears.rest.internal.dunning;

import io.arrears.api.dunning.DunningBlock;
import io.arrears.api.dunning.DunningBlockRepository;
import io.arrears.api.ledger.LedgerQueries;
import io.arrears.api.store.DuplicateKeyException;
import io.arrears.rest.internal.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
 * {@code /arrears/api/customers/{erpCustomerId}/blocks}: dunning blocks with a reason. Collectors and managers list
 * and place them (the caller is recorded as creator); only a manager clears one. A second active block of the same
 * reason on the same customer or item is a 409 naming the existing one.
 */
@Component(service = BlocksResource.class)
@JakartarsResource
@JSONRequired
@Path("customers/{erpCustomerId}/blocks")
@Produces(MediaType.APPLICATION_JSON)
public class BlocksResource {

    private final DunningBlockRepository blocks;
    private final Predicate<String> customerKnown;
    private final Clock clock;

    @Activate
    public BlocksResource(@Reference DunningBlockRepository blocks, @Reference LedgerQueries ledger) {
        this(blocks, id -> ledger.customer(id, ledger.today()).isPresent(), Clock.systemUTC());
    }

    BlocksResource(DunningBlockRepository blocks, Predicate<String> customerKnown, Clock clock) {
        this.blocks = blocks;
        this.customerKnown = customerKnown;
        this.clock = clock;
    }

    /** The active blocks; {@code ?history=true} adds the cleared ones. */
    @GET
    @RolesAllowed({Roles.COLLECTOR, Roles.MANAGER})
    public List<BlockJson> list(@PathParam("erpCustomerId") String erpCustomerId, @QueryParam("history") boolean history) {
        List<DunningBlock> found = history ? blocks.history(erpCustomerId) : blocks.active(erpCustomerId);
        return found.stream().map(BlockJson::of).toList();
    }

    /** Places a block; 201 with the stored block. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.COLLECTOR, Roles.MANAGER})
    public Response place(@PathParam("erpCustomerId") String erpCustomerId, NewBlockJson request,
            @Context SecurityContext security) {
        if (request == null) {
            throw new IllegalArgumentException("a JSON body {\"reason\": ..., \"itemId\": ..., \"note\": ...} is required");
        }
        if (!customerKnown.test(erpCustomerId)) {
            throw new NotFoundException("no customer with ERP id '" + erpCustomerId + "'");
        }
        try {
            DunningBlock placed = blocks.place(request.toBlock(erpCustomerId, security.getUserPrincipal().getName(),
                    clock.instant()));
            return Response.status(Response.Status.CREATED).entity(BlockJson.of(placed)).build();
        } catch (DuplicateKeyException e) {
            throw new ClientErrorException(e.getMessage(), Response.Status.CONFLICT);
        }
    }

    /** Clears an active block of this customer; 204 when done, 409 when it was already cleared. */
    @DELETE
    @Path("{id}")
    @RolesAllowed(Roles.MANAGER)
    public Response clear(@PathParam("erpCustomerId") String erpCustomerId, @PathParam("id") long id,
            @Context SecurityContext security) {
        if (blocks.history(erpCustomerId).stream().noneMatch(b -> b.id() == id)) {
            throw new NotFoundException("customer '" + erpCustomerId + "' has no dunning block with id " + id);
        }
        try {
            blocks.clear(id, security.getUserPrincipal().getName(), clock.instant());
        } catch (IllegalStateException e) {
            throw new ClientErrorException(e.getMessage(), Response.Status.CONFLICT);
        }
        return Response.noContent().build();
    }
}
