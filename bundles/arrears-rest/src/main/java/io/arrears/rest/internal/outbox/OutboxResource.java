package io.arrears.rest.internal.outbox;

import io.arrears.api.ledger.Page;
import io.arrears.api.outbox.DeliveryChannel;
import io.arrears.api.outbox.DeliveryState;
import io.arrears.api.outbox.FailureKind;
import io.arrears.api.outbox.Outbox;
import io.arrears.api.outbox.OutboxMessage;
import io.arrears.api.outbox.OutboxQuery;
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
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jakartars.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;

/**
 * {@code /arrears/api/outbox?state=&channel=&failureKind=}: outbox messages with their delivery state and, for failed ones,
 * the failure kind (BOUNCED, REFUSED, BLACKLISTED, TRANSPORT, INVALID_RECIPIENT) and the channel's answer; cancelled ones
 * with the reason the relay did not send them. Oldest first, paged. Without {@code state} the messages waiting for an
 * operator (FAILED, UNKNOWN). Managers (and admins). Re-planning stays in the Karaf shell ({@code arrears:retry}).
 */
@Component(service = OutboxResource.class)
@JakartarsResource
@JSONRequired
@Path("outbox")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.MANAGER)
public class OutboxResource {

    /** At most this many messages are read for one listing (paging is over these). */
    static final int MAX_LISTED = OutboxQuery.MAX_LIMIT;
    private static final Set<DeliveryState> WAITING = EnumSet.of(DeliveryState.FAILED, DeliveryState.UNKNOWN);

    private final Outbox outbox;

    @Activate
    public OutboxResource(@Reference Outbox outbox) {
        this.outbox = outbox;
    }

    /** {@code ?state=} one or more states, comma-separated ({@code FAILED,UNKNOWN} when absent); {@code ?channel=&failureKind=&page=&size=}. */
    @GET
    public PageJson<OutboxMessageJson> list(@QueryParam("state") String state, @QueryParam("channel") String channel,
            @QueryParam("failureKind") String failureKind, @QueryParam("page") String page, @QueryParam("size") String size) {
        OutboxQuery query = new OutboxQuery(states(state), one("channel", channel, DeliveryChannel.class),
                one("failureKind", failureKind, FailureKind.class), MAX_LISTED);
        List<OutboxMessage> found = new ArrayList<>(outbox.list(query));
        found.sort(Comparator.comparing(OutboxMessage::createdAt).thenComparingLong(OutboxMessage::id));
        return PageJson.of(Page.of(found, QueryParams.page(page), QueryParams.size(size)), OutboxMessageJson::of);
    }

    private static Set<DeliveryState> states(String value) {
        if (value == null || value.isBlank()) {
            return WAITING;
        }
        Set<DeliveryState> states = EnumSet.noneOf(DeliveryState.class);
        for (String part : value.split(",")) {
            states.add(one("state", part, DeliveryState.class).orElseThrow(
                    () -> new IllegalArgumentException("state must not have empty parts, was '" + value + "'")));
        }
        return states;
    }

    private static <E extends Enum<E>> Optional<E> one(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String wanted = value.strip().toUpperCase(Locale.ROOT);
        return Optional.of(Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(wanted)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(name + " must be one of " + Arrays.toString(type.getEnumConstants())
                        + ", was '" + value + "'")));
    }
}
