package io.arrears.rest.internal.outbox;

import io.arrears.api.ledger.Page;
import io.arrears.api.outbox.DeliveryState;
import io.arrears.api.outbox.Outbox;
import io.arrears.api.outbox.OutboxMessage;
import io.arrears.rest.internal.json.PageJson;
import io.arrears.rest.internal.json.QueryParams;
import io.arrears.rest.internal.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jakartars.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;

/**
 * {@code /arrears/api/outbox?state=FAILED|UNKNOWN}: the messages waiting for an operator (dead
 * letters and sends of unknown outcome), oldest first, paged. Managers (and admins).
 * Re-planning stays in the Karaf shell ({@code arrears:retry}).
 */
@Component(service = OutboxResource.class)
@JakartarsResource
@JSONRequired
@Path("outbox")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.MANAGER)
public class OutboxResource {

    private final Outbox outbox;

    @Activate
    public OutboxResource(@Reference Outbox outbox) {
        this.outbox = outbox;
    }

    /** {@code ?state=} FAILED, UNKNOWN or absent for both; {@code ?page=&size=}. */
    @GET
    public PageJson<OutboxMessageJson> waiting(@QueryParam("state") String state, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        List<OutboxMessage> found = new ArrayList<>();
        DeliveryState wanted = state(state);
        if (wanted == null || wanted == DeliveryState.FAILED) {
            found.addAll(outbox.deadLetters());
        }
        if (wanted == null || wanted == DeliveryState.UNKNOWN) {
            found.addAll(outbox.unknowns());
        }
        found.sort(Comparator.comparing(OutboxMessage::createdAt).thenComparingLong(OutboxMessage::id));
        return PageJson.of(Page.of(found, QueryParams.page(page), QueryParams.size(size)), OutboxMessageJson::of);
    }

    private static DeliveryState state(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String name = value.strip().toUpperCase(Locale.ROOT);
        if (!name.equals(DeliveryState.FAILED.name()) && !name.equals(DeliveryState.UNKNOWN.name())) {
            throw new IllegalArgumentException("state must be FAILED or UNKNOWN (the states waiting for an operator), was '"
                    + value + "'");
        }
        return DeliveryState.valueOf(name);
    }
}
