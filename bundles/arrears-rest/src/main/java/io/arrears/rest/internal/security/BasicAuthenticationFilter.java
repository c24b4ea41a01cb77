package io.arrears.rest.internal.security;

import io.arrears.rest.internal.ErrorBody;
import io.arrears.rest.internal.RestConfig;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsExtension;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsName;

/**
 * Every API call but the public ones (health for load balancers) needs a user of the configured
 * JAAS realm (HTTP Basic over TLS in production); the user's roles decide what they may see.
 */
@Component(service = ContainerRequestFilter.class, configurationPid = RestConfig.PID)
@Designate(ocd = RestConfig.class)
@JakartarsExtension
@JakartarsName("arrears.authentication")
@PreMatching
@Priority(Priorities.AUTHENTICATION)
public class BasicAuthenticationFilter implements ContainerRequestFilter {

    static final Set<String> PUBLIC_PATHS = Set.of("health", "openapi.json");

    private final JaasAuthenticator authenticator;

    @Activate
    public BasicAuthenticationFilter(RestConfig config) {
        this(new JaasAuthenticator(config.jaas_realm()));
    }

    BasicAuthenticationFilter(JaasAuthenticator authenticator) {
        this.authenticator = authenticator;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (PUBLIC_PATHS.contains(request.getUriInfo().getPath())) {
            return;
        }
        Optional<AuthenticatedUser> user = credentials(request.getHeaderString(HttpHeaders.AUTHORIZATION))
                .flatMap(c -> authenticator.authenticate(c[0], c[1].toCharArray()));
        if (user.isEmpty()) {
            Response.ResponseBuilder refused = Response.fromResponse(ErrorBody.response(Response.Status.UNAUTHORIZED,
                    "unauthenticated", "a user name and password of the Arrears realm are required"));
            // The web tab (it sends the CSRF header on every call) asks for credentials in its own form: a browser
            // prompt would be blocked inside the ERP's frame. Every other client gets the Basic challenge.
            if (request.getHeaderString(CsrfFilter.HEADER) == null) {
                refused.header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Arrears\", charset=\"UTF-8\"");
            }
            request.abortWith(refused.build());
            return;
        }
        boolean secure = request.getSecurityContext().isSecure();
        request.setSecurityContext(new UserSecurityContext(user.get(), secure));
    }

    /** {@code Basic base64(user:password)} → [user, password]; anything else → empty. */
    static Optional<String[]> credentials(String header) {
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon <= 0 ? Optional.empty() : Optional.of(new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)});
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private record UserSecurityContext(AuthenticatedUser user, boolean secure) implements SecurityContext {
        @Override
        public Principal getUserPrincipal() {
            return user;
        }

        @Override
        public boolean isUserInRole(String role) {
            return user.roles().contains(role) || user.roles().contains(Roles.ADMIN);
        }

        @Override
        public boolean isSecure() {
            return secure;
        }

        @Override
        public String getAuthenticationScheme() {
            return SecurityContext.BASIC_AUTH;
        }
    }
}
