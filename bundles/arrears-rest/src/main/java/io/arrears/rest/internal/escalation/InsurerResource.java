package io.arrears.rest.internal.escalation;

import io.arrears.api.insurer.InsurerService;
import io.arrears.api.insurer.NotificationRepository;
import io.arrears.api.ledger.LedgerQueries;
import io.arrears.rest.internal.json.QueryParams;
import io.arrears.rest.internal.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jakartars.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;

/**
 * {@code /arrears/api/insurer}: overdue notifications and their acknowledgements, and the alarms (missed, approaching,
 * unacknowledged deadlines). The warning window is {@code warning.days} of {@code io.arrears.route.insurercheck}, the
 * same the daily check and the health report use.
 */
@Component(service = InsurerResource.class, configurationPid = InsurerResource.CHECK_PID)
@JakartarsResource
@JSONRequired
@Path("insurer")
@Produces(MediaType.APPLICATION_JSON)
public class InsurerResource {

    /** The PID whose {@code warning.days} sets how many days before a deadline an item is an alarm. */
    public static final String CHECK_PID = "io.arrears.route.insurercheck";
    static final int DEFAULT_WARNING_DAYS = 10;

    private final InsurerService insurers;
    private final NotificationRepository notifications;
    private final Supplier<LocalDate> today;
    private final int warningDays;

    @Activate
    public InsurerResource(@Reference InsurerService insurers, @Reference NotificationRepository notifications,
            @Reference LedgerQueries ledger, Map<String, Object> properties) {
        this(insurers, notifications, ledger::today, warningDays(properties));
    }

    /** {@code warning.days} of {@link #CHECK_PID} (10 when not configured). */
    public static int warningDays(Map<String, Object> properties) {
        return Optional.ofNullable(properties.get("warning.days")).map(v -> Integer.parseInt(v.toString().strip()))
                .orElse(DEFAULT_WARNING_DAYS);
    }

    InsurerResource(InsurerService insurers, NotificationRepository notifications, Supplier<LocalDate> today, int warningDays) {
        this.insurers = insurers;
        this.notifications = notifications;
        this.today = today;
        this.warningDays = warningDays;
    }

    @GET
    @Path("alarms")
    @RolesAllowed({Roles.COLLECTOR, Roles.MANAGER, Roles.ADMIN})
    public List<InsurerJson.AlarmJson> alarms(@QueryParam("asOf") String asOf) {
        return insurers.alarms(QueryParams.asOf(asOf, today), warningDays).stream().map(InsurerJson.AlarmJson::of).toList();
    }

    @GET
    @Path("notifications")
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
    public List<NotificationJson> notifications(@QueryParam("policyId") String policyId, @QueryParam("limit") String limit) {
        Optional<Long> policy = Optional.ofNullable(policyId).filter(p -> !p.isBlank()).map(p -> QueryParams.id("policyId", p));
        return notifications.list(policy, QueryParams.size(limit)).stream().map(NotificationJson::of).toList();
    }

    @POST
    @Path("notifications/{id}/acknowledgement")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
    public NotificationJson acknowledge(@PathParam("id") long id, NotificationJson.AcknowledgementJson body) {
        notifications.find(id).orElseThrow(() -> new NotFoundException("no notification with id " + id));
        if (body == null || body.reference() == null) {
            throw new IllegalArgumentException("a JSON body {\"reference\": \"<the insurer's reference>\"} is required");
        }
        return PlacementsResource.conflictOnState(() -> NotificationJson.of(insurers.acknowledge(id, body.reference())));
    }
}
