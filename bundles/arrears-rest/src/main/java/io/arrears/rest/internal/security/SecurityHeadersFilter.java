package io.arrears.rest.internal.security;

import io.arrears.rest.internal.RestConfig;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsExtension;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsName;

/** API answers are never cached, never sniffed and only framed by the configured ERP origin. */
@Component(service = ContainerResponseFilter.class, configurationPid = RestConfig.PID)
@JakartarsExtension
@JakartarsName("arrears.security-headers")
public class SecurityHeadersFilter implements ContainerResponseFilter {

    private final String contentSecurityPolicy;

    @Activate
    public SecurityHeadersFilter(RestConfig config) {
        this.contentSecurityPolicy = "frame-ancestors " + config.frame_ancestors();
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        var headers = response.getHeaders();
        headers.putSingle("Content-Security-Policy", contentSecurityPolicy);
        headers.putSingle("X-Content-Type-Options", "nosniff");
        headers.putSingle("Referrer-Policy", "same-origin");
        headers.putSingle("Cache-Control", "no-store");
    }
}
