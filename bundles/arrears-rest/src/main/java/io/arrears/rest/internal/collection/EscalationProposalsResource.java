package io.arrears.rest.internal.collection;

import io.arrears.api.promise.ConsequenceKind;
import io.arrears.api.promise.PromiseRepository;
import io.arrears.rest.internal.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jakartars.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;

/**
 * {@code /arrears/api/escalation-proposals}: the ESCALATION_PROPOSAL consequences of broken promises and plans, newest
 * first, so a manager sees them (agency, insurer, legal) instead of them waiting silently in the store.
 */
@Component(service = EscalationProposalsResource.class)
@JakartarsResource
@JSONRequired
@Path("escalation-proposals")
@Produces(MediaType.APPLICATION_JSON)
public class EscalationProposalsResource {

    static final int MAX_LIMIT = 500;

    private final PromiseRepository promises;

    @Activate
    public EscalationProposalsResource(@Reference PromiseRepository promises) {
        this.promises = promises;
    }

    @GET
    @RolesAllowed(Roles.MANAGER)
    public List<EscalationProposalJson> list(@QueryParam("limit") @DefaultValue("100") int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit: must be between 1 and " + MAX_LIMIT + ", was " + limit);
        }
        return promises.consequences(ConsequenceKind.ESCALATION_PROPOSAL, limit).stream().map(EscalationProposalJson::of).toList();
    }
}
