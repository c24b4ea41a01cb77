package io.arrears.rest.internal.ledger;

import io.arrears.api.ledger.LedgerQueries;
import io.arrears.rest.internal.json.QueryParams;
import io.arrears.rest.internal.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jakartars.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;

/** {@code GET /arrears/api/aging?asOf=}: aging of the whole portfolio, per currency. */
@Component(service = AgingResource.class)
@JakartarsResource
@JSONRequired
@Path("aging")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.COLLECTOR, Roles.MANAGER, Roles.ADMIN})
public class AgingResource {

    private final LedgerQueries queries;

    @Activate
    public AgingResource(@Reference LedgerQueries queries) {
        this.queries = queries;
    }

    @GET
    public AgingJson portfolio(@QueryParam("asOf") String asOf) {
        return AgingJson.of(queries.portfolioAging(QueryParams.asOf(asOf, queries::today)));
    }
}
