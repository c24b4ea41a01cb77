package io.arrears.rest.internal.escalation;

import io.arrears.api.insurer.InsurerService;
import io.arrears.api.ledger.LedgerQueries;
import io.arrears.rest.internal.json.QueryParams;
import io.arrears.rest.internal.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jakartars.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;

/** {@code /arrears/api/customers/{erpCustomerId}/insurer-exposure}: the buyer's exposure against each insurer's limit. */
@Component(service = ExposureResource.class)
@JakartarsResource
@JSONRequired
@Path("customers/{erpCustomerId}/insurer-exposure")
@Produces(MediaType.APPLICATION_JSON)
public class ExposureResource {

    private final InsurerService insurers;
    private final LedgerQueries ledger;

    @Activate
    public ExposureResource(@Reference InsurerService insurers, @Reference LedgerQueries ledger) {
        this.insurers = insurers;
        this.ledger = ledger;
    }

    @GET
    @RolesAllowed({Roles.COLLECTOR, Roles.MANAGER, Roles.ADMIN})
    public List<InsurerJson.ExposureJson> exposure(@PathParam("erpCustomerId") String customerId, @QueryParam("asOf") String asOf) {
        return insurers.exposure(customerId, QueryParams.asOf(asOf, ledger::today)).stream().map(InsurerJson.ExposureJson::of)
                .toList();
    }
}
