package io.arrears.rest.internal.collection;

import io.arrears.api.timeline.CustomerTimeline;
import io.arrears.api.timeline.TimelineEntry;
import io.arrears.rest.internal.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jakartars.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;

/** {@code /arrears/api/customers/{erpCustomerId}/timeline?limit=50}: the customer's history, newest first. */
@Component(service = TimelineResource.class)
@JakartarsResource
@JSONRequired
@Path("customers/{erpCustomerId}/timeline")
@Produces(MediaType.APPLICATION_JSON)
public class TimelineResource {

    /** One event: see {@link TimelineEntry} for the kinds. */
    public record TimelineEntryJson(Instant at, String kind, String summary, Map<String, String> details, String reference) {

        static TimelineEntryJson of(TimelineEntry e) {
            return new TimelineEntryJson(e.at(), e.kind(), e.summary(), e.details(), e.reference());
        }
    }

    private final CustomerTimeline timeline;

    @Activate
    public TimelineResource(@Reference CustomerTimeline timeline) {
        this.timeline = timeline;
    }

    @GET
    @RolesAllowed({Roles.COLLECTOR, Roles.MANAGER})
    public List<TimelineEntryJson> timeline(@PathParam("erpCustomerId") String erpCustomerId,
            @QueryParam("limit") @DefaultValue("50") int limit) {
        if (limit < 1 || limit > CustomerTimeline.MAX_LIMIT) {
            throw new IllegalArgumentException("limit: must be between 1 and " + CustomerTimeline.MAX_LIMIT + ", was " + limit);
        }
        return timeline.timeline(erpCustomerId, limit).stream().map(TimelineEntryJson::of).toList();
    }
}
