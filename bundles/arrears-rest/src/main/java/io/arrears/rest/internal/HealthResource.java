package io.arrears.rest.internal;

import io.arrears.api.health.ComponentHealth;
import io.arrears.api.health.HealthContributor;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.jakartars.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;

/** {@code GET /arrears/api/health}: version and the state of every part (database, Camel, ...). */
@Component(service = HealthResource.class)
@JakartarsResource
@JSONRequired
@Path("health")
@Produces(MediaType.APPLICATION_JSON)
public class HealthResource {

    private final List<HealthContributor> contributors = new CopyOnWriteArrayList<>();
    private final String version;

    @Activate
    public HealthResource(BundleContext context) {
        this.version = context.getBundle().getVersion().toString();
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addContributor(HealthContributor contributor) {
        contributors.add(contributor);
    }

    void removeContributor(HealthContributor contributor) {
        contributors.remove(contributor);
    }

    @GET
    public Response health() {
        HealthReport report = HealthReport.of(version, contributors.stream().map(HealthResource::safeCheck).toList());
        return Response.status(report.status() == ComponentHealth.Status.UP ? 200 : 503).entity(report).build();
    }

    private static ComponentHealth safeCheck(HealthContributor contributor) {
        try {
            return contributor.check();
        } catch (RuntimeException e) {
            return ComponentHealth.down(contributor.getClass().getSimpleName(), String.valueOf(e.getMessage()));
        }
    }
}
