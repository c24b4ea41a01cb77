package io.arrears.rest.internal.security;

import io.arrears.rest.internal.JsonProviderExtension;
import io.arrears.rest.internal.errors.BadRequestMapper;
import io.arrears.rest.internal.errors.ConflictMapper;
import io.arrears.rest.internal.errors.DuplicateKeyMapper;
import io.arrears.rest.internal.errors.InvalidJsonMapper;
import io.arrears.rest.internal.errors.StoreUnavailableMapper;
import io.arrears.rest.internal.errors.UnexpectedErrorMapper;
import io.arrears.rest.internal.errors.WebApplicationExceptionMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.glassfish.jersey.internal.MapPropertiesDelegate;
import org.glassfish.jersey.server.ApplicationHandler;
import org.glassfish.jersey.server.ContainerRequest;
import org.glassfish.jersey.server.ContainerResponse;
import org.glassfish.jersey.server.ResourceConfig;

/**
 * The REST API in-process for resource tests: Jersey's {@link ApplicationHandler} with the real
 * JSON provider, error mappers, CSRF guard, Basic authentication and {@code @RolesAllowed}; only
 * the JAAS realm is replaced by a fixed set of users (password = user name).
 */
public final class InProcessApi {

    private final ApplicationHandler handler;

    /** {@code users}: user name → roles. */
    public InProcessApi(Map<String, Set<String>> users, Object... resources) {
        JaasAuthenticator realm = new JaasAuthenticator("test") {
            @Override
            public Optional<AuthenticatedUser> authenticate(String user, char[] password) {
                return users.containsKey(user) && Arrays.equals(user.toCharArray(), password)
                        ? Optional.of(new AuthenticatedUser(user, users.get(user)))
                        : Optional.empty();
            }
        };
        ResourceConfig config = new ResourceConfig()
                .register(new JsonProviderExtension())
                .register(new BadRequestMapper()).register(new ConflictMapper()).register(new DuplicateKeyMapper())
                .register(new InvalidJsonMapper()).register(new StoreUnavailableMapper())
                .register(new UnexpectedErrorMapper()).register(new WebApplicationExceptionMapper())
                .register(new CsrfFilter()).register(new BasicAuthenticationFilter(realm))
                .register(new RolesAllowedExtension());
        for (Object resource : resources) {
            config.register(resource);
        }
        handler = new ApplicationHandler(config);
    }

    public Reply get(String user, String path) {
        return call("GET", user, path, null, true);
    }

    /** A GET as a script or another program sends it: without the tab's CSRF header. */
    public Reply getWithoutCsrfHeader(String user, String path) {
        return call("GET", user, path, null, false);
    }

    public Reply post(String user, String path, String json) {
        return call("POST", user, path, json, true);
    }

    /** A POST as a cross-site form would send it: credentials, no CSRF header. */
    public Reply postWithoutCsrfHeader(String user, String path, String json) {
        return call("POST", user, path, json, false);
    }

    public Reply put(String user, String path, String json) {
        return call("PUT", user, path, json, true);
    }

    public Reply delete(String user, String path) {
        return call("DELETE", user, path, null, true);
    }

    private Reply call(String method, String user, String path, String json, boolean csrfHeader) {
        URI base = URI.create("http://localhost/arrears/api/");
        ContainerRequest request = new ContainerRequest(base, base.resolve(path.startsWith("/") ? path.substring(1) : path),
                method, null, new MapPropertiesDelegate(), handler.getConfiguration());
        request.header("Accept", "application/json");
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)));
        }
        if (csrfHeader) {
            request.header(CsrfFilter.HEADER, "1");
        }
        if (json != null) {
            request.header("Content-Type", "application/json");
            request.setEntityStream(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        try {
            ContainerResponse response = handler.apply(request, body).get();
            return new Reply(response.getStatus(), body.toString(StandardCharsets.UTF_8),
                    response.getHeaderString("WWW-Authenticate"));
        } catch (Exception e) {
            throw new IllegalStateException(method + " " + path + " failed in-process", e);
        }
    }

    /** Status, body text and Basic challenge (if any) of an answer. */
    public record Reply(int status, String body, String challenge) {
    }
}
