package io.arrears.rest.internal.openapi;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;

/**
 * {@code /arrears/api/openapi.json}: the hand-maintained OpenAPI 3 description of this API, public
 * like {@code health}. {@code OpenApiCoverageTest} fails when a resource method is missing from it.
 */
@Component(service = OpenApiResource.class)
@JakartarsResource
@Path("openapi.json")
public class OpenApiResource {

    static final String DOCUMENT = "openapi.json";

    private final String document = read();

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public String document() {
        return document;
    }

    private static String read() {
        try (InputStream in = OpenApiResource.class.getResourceAsStream(DOCUMENT)) {
            if (in == null) {
                throw new IllegalStateException(DOCUMENT + " is missing from the bundle");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
