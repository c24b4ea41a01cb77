package io.arrears.rest.internal.escalation;

import io.arrears.api.agency.NewFeedback;
import io.arrears.api.agency.Placement;
import io.arrears.api.agency.PlacementService;
import io.arrears.api.agency.PlacementStatus;
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
import java.time.Clock;
import java.util.Arrays;
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
 * {@code /arrears/api/placements}: agency placements. Collectors and managers request and list; only a manager sees
 * the approval screen (debt next to relationship value), approves and recalls. Agencies without SFTP post their
 * feedback to {@code placements/feedback} (manager or admin user); each record is applied once.
 */
@Component(service = PlacementsResource.class)
@JakartarsResource
@JSONRequired
@Path("placements")
@Produces(MediaType.APPLICATION_JSON)
public class PlacementsResource {

    private final PlacementService placements;
    private final Clock clock;

    @Activate
    public PlacementsResource(@Reference PlacementService placements) {
        this(placements, Clock.systemUTC());
    }

    PlacementsResource(PlacementService placements, Clock clock) {
        this.placements = placements;
        this.clock = clock;
    }

    @GET
    @RolesAllowed({Roles.COLLECTOR, Roles.MANAGER})
    public List<PlacementJson> list(@QueryParam("customerId") String customerId, @QueryParam("status") String status,
            @QueryParam("limit") String limit) {
        Optional<PlacementStatus> parsed = Optional.ofNullable(status).filter(s -> !s.isBlank()).map(s -> Arrays
                .stream(PlacementStatus.values()).filter(v -> v.name().equals(s)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("status '" + s + "' is not one of "
                        + Arrays.toString(PlacementStatus.values()))));
        return placements.list(Optional.ofNullable(customerId).filter(c -> !c.isBlank()), parsed, QueryParams.size(limit))
                .stream().map(PlacementJson::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.COLLECTOR, Roles.MANAGER})
    public Response request(NewPlacementJson body, @Context SecurityContext security) {
        if (body == null) {
            throw new IllegalArgumentException("a JSON body {\"customerId\",\"agencyId\",\"itemIds\",\"note\"} is required");
        }
        Placement placed = placements.request(body.toPlacement(security.getUserPrincipal().getName(), clock.instant()));
        return Response.status(Response.Status.CREATED).entity(PlacementJson.of(placed)).build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.COLLECTOR, Roles.MANAGER})
    public PlacementJson get(@PathParam("id") long id) {
        return PlacementJson.of(require(id));
    }

    /** What the manager sees before approving: the debt next to the relationship value (24 months of invoiced revenue). */
    @GET
    @Path("{id}/approval")
    @RolesAllowed(Roles.MANAGER)
    public ApprovalViewJson approvalView(@PathParam("id") long id) {
        require(id);
        return ApprovalViewJson.of(placements.approvalView(id));
    }

    @POST
    @Path("{id}/approve")
    @RolesAllowed(Roles.MANAGER)
    public PlacementJson approve(@PathParam("id") long id, @Context SecurityContext security) {
        require(id);
        return conflictOnState(() -> PlacementJson.of(placements.approve(id, security.getUserPrincipal().getName())));
    }

    @POST
    @Path("{id}/recall")
    @RolesAllowed(Roles.MANAGER)
    public PlacementJson recall(@PathParam("id") long id, @Context SecurityContext security) {
        require(id);
        return conflictOnState(() -> PlacementJson.of(placements.recall(id, security.getUserPrincipal().getName())));
    }

    @GET
    @Path("{id}/feedback")
    @RolesAllowed({Roles.COLLECTOR, Roles.MANAGER})
    public List<FeedbackJson> feedback(@PathParam("id") long id) {
        require(id);
        return placements.feedback(id).stream().map(FeedbackJson::of).toList();
    }

    /** An agency's feedback document over HTTP; answers how many records were new. */
    @POST
    @Path("feedback")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
    public Map<String, Integer> postFeedback(FeedbackJson.DocumentJson document) {
        if (document == null) {
            throw new IllegalArgumentException("a feedback document {\"agency\":…,\"records\":[…]} is required");
        }
        List<NewFeedback> records = document.toFeedback(clock.instant());
        int applied = 0;
        for (NewFeedback record : records) {
            if (conflictOnState(() -> placements.applyFeedback(record)).isPresent()) {
                applied++;
            }
        }
        return Map.of("records", records.size(), "applied", applied);
    }

    private Placement require(long id) {
        return placements.find(id).orElseThrow(() -> new NotFoundException("no placement with id " + id));
    }

    static <T> T conflictOnState(Supplier<T> change) {
        try {
            return change.get();
        } catch (IllegalStateException e) {
            throw new ClientErrorException(e.getMessage(), Response.Status.CONFLICT);
        }
    }
}
