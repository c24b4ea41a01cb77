package io.arrears.rest.internal.profile;

import io.arrears.api.profile.ProfileService;
import io.arrears.rest.internal.json.MoneyJson;
import io.arrears.rest.internal.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jakartars.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;

/** {@code GET /arrears/api/effectiveness}: lessons learned per behaviour type, playbook, channel and offer (managers). */
@Component(service = EffectivenessResource.class)
@JakartarsResource
@JSONRequired
@Path("effectiveness")
@Produces(MediaType.APPLICATION_JSON)
public class EffectivenessResource {

    /** Rates 0..1; {@code promiseKeptRate} and {@code averageDaysToPayAfterContact} are null when nothing to measure. */
    public record EffectivenessJson(String behaviourType, String playbook, String channel, String offer, int cases,
            double satisfiedRate, Double promiseKeptRate, Double averageDaysToPayAfterContact, List<MoneyJson> amountRecovered) {
    }

    private final ProfileService profiles;

    @Activate
    public EffectivenessResource(@Reference ProfileService profiles) {
        this.profiles = profiles;
    }

    @GET
    @RolesAllowed(Roles.MANAGER)
    public List<EffectivenessJson> effectiveness() {
        return profiles.effectiveness().stream()
                .map(e -> new EffectivenessJson(e.behaviourType().name(), e.playbook(), e.channel(), e.offer(), e.cases(),
                        e.satisfiedRate(), e.promiseKeptRate().orElse(null), e.averageDaysToPayAfterContact().orElse(null),
                        e.amountRecovered().stream().map(MoneyJson::of).toList()))
                .toList();
    }
}
