package io.arrears.rest.internal.profile;

import io.arrears.api.profile.ProfileService;
import io.arrears.rest.internal.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jakartars.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;

/** {@code /arrears/api/customers/{erpCustomerId}/call-sheet?lang=}: the call preparation sheet, talking points in {@code lang}. */
@Component(service = CallSheetResource.class)
@JakartarsResource
@JSONRequired
@Path("customers/{erpCustomerId}/call-sheet")
@Produces(MediaType.APPLICATION_JSON)
public class CallSheetResource {

    private final ProfileService profiles;

    @Activate
    public CallSheetResource(@Reference ProfileService profiles) {
        this.profiles = profiles;
    }

    @GET
    @RolesAllowed({Roles.COLLECTOR, Roles.MANAGER})
    public CallSheetJson callSheet(@PathParam("erpCustomerId") String erpCustomerId, @QueryParam("lang") String lang) {
        return profiles.callSheet(erpCustomerId, lang).map(CallSheetJson::of)
                .orElseThrow(() -> ProfileResource.unknown(erpCustomerId));
    }
}
