package io.arrears.rest.internal.security;

import io.arrears.rest.internal.ErrorBody;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Response;
import java.util.Set;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsExtension;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsName;

/**
 * Cross-site request forgery guard: a browser sends stored Basic credentials with any cross-site
 * form post, but it cannot add a custom header to a cross-origin request without a CORS preflight
 * we never grant. So every state-changing call must carry {@value #HEADER}.
 */
@Component(service = ContainerRequestFilter.class)
@JakartarsExtension
@JakartarsName("arrears.csrf")
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
public class CsrfFilter implements ContainerRequestFilter {

    public static final String HEADER = "X-Arrears-Request";
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    @Override
    public void filter(ContainerRequestContext request) {
        if (!SAFE_METHODS.contains(request.getMethod()) && request.getHeaderString(HEADER) == null) {
            request.abortWith(ErrorBody.response(Response.Status.FORBIDDEN, "csrf",
                    "state-changing requests must carry the header " + HEADER));
        }
    }
}
