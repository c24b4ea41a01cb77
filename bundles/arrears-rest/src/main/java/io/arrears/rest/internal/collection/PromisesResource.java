package io.arrears.rest.internal.collection;

import io.arrears.api.promise.PromiseRepository;
import io.arrears.api.promise.RecordedStateChange;
import io.arrears.rest.internal.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jakartars.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;

/** {@code /arrears/api/customers/{erpCustomerId}/promises}: the customer's promises, most recent first, with their history. */
@Component(service = PromisesResource.class)
@JakartarsResource
@JSONRequired
@Path("customers/{erpCustomerId}/promises")
@Produces(MediaType.APPLICATION_JSON)
public class PromisesResource {

    private final PromiseRepository promises;

    @Activate
    public PromisesResource(@Reference PromiseRepository promises) {
        this.promises = promises;
    }

    @GET
    @RolesAllowed({Roles.COLLECTOR, Roles.MANAGER})
    public List<PromiseJson> list(@PathParam("erpCustomerId") String erpCustomerId) {
        List<RecordedStateChange> changes = promises.stateChanges(erpCustomerId);
        return promises.forCustomer(erpCustomerId).stream().map(t -> PromiseJson.of(t, changes)).toList();
    }
}
