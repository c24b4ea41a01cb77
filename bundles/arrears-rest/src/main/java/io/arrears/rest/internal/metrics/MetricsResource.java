package io.arrears.rest.internal.metrics;

import io.arrears.api.metrics.Metrics;
import io.arrears.rest.internal.RestConfig;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;

/**
 * {@code GET /arrears/api/metrics}: every Arrears meter (product counters and Camel route metrics) in the
 * Prometheus text format, for admins and the configured scrape role ({@code metrics.role}).
 */
@Component(service = MetricsResource.class, configurationPid = RestConfig.PID)
@JakartarsResource
@Path("metrics")
public class MetricsResource {

    private final Metrics metrics;
    private final String scrapeRole;

    @Activate
    public MetricsResource(@Reference Metrics metrics, RestConfig config) {
        this(metrics, config.metrics_role());
    }

    MetricsResource(Metrics metrics, String scrapeRole) {
        this.metrics = metrics;
        this.scrapeRole = scrapeRole.strip();
    }

    @GET
    public Response scrape(@Context SecurityContext security) {
        // isUserInRole is true for admins whatever the role (BasicAuthenticationFilter)
        if (security.getUserPrincipal() == null || scrapeRole.isEmpty() && !security.isUserInRole("admin")
                || !scrapeRole.isEmpty() && !security.isUserInRole(scrapeRole)) {
            throw new ForbiddenException("metrics need role admin" + (scrapeRole.isEmpty() ? "" : " or " + scrapeRole));
        }
        return Response.ok(PrometheusText.format(metrics.snapshot()), PrometheusText.CONTENT_TYPE).build();
    }
}
