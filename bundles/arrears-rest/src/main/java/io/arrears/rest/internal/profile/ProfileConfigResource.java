package io.arrears.rest.internal.profile;

import io.arrears.api.profile.ConfigDocument;
import io.arrears.api.profile.ConfigKind;
import io.arrears.api.profile.ProfileService;
import io.arrears.api.store.DuplicateKeyException;
import io.arrears.rest.internal.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.Locale;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jakartars.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;

/**
 * {@code /arrears/api/config/{playbooks|excuses|guardrails|segment-guardrails|classifier}}: the profiling configuration
 * in force, and a new
 * version of it (managers only). A PUT body is the document itself; it is validated in full before anything is saved
 * (400 naming the problem, nothing changed). Guardrails live inside the playbooks: a guardrails PUT (type to guardrails,
 * the types given) saves a new playbooks version; segment-guardrails (segment to type to guardrails) are rows that
 * replace a type's row for customers of that segment.
 */
@Component(service = ProfileConfigResource.class)
@JakartarsResource
@JSONRequired
@Path("config")
@Produces(MediaType.APPLICATION_JSON)
public class ProfileConfigResource {

    static final String GUARDRAILS = "guardrails";

    private final ProfileService profiles;

    @Activate
    public ProfileConfigResource(@Reference ProfileService profiles) {
        this.profiles = profiles;
    }

    @GET
    @Path("{name}")
    @RolesAllowed({Roles.COLLECTOR, Roles.MANAGER, Roles.ADMIN})
    public ConfigDocumentJson get(@PathParam("name") String name) {
        if (GUARDRAILS.equals(name)) {
            return ConfigDocumentJson.of(GUARDRAILS, profiles.config(ConfigKind.PLAYBOOKS), profiles.guardrails());
        }
        ConfigDocument document = profiles.config(kind(name));
        return ConfigDocumentJson.of(name, document, document.json());
    }

    @PUT
    @Path("{name}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.MANAGER)
    public ConfigDocumentJson put(@PathParam("name") String name, String body, @Context SecurityContext security) {
        String by = security.getUserPrincipal().getName();
        try {
            if (GUARDRAILS.equals(name)) {
                ConfigDocument saved = profiles.saveGuardrails(body, by);
                return ConfigDocumentJson.of(GUARDRAILS, saved, profiles.guardrails());
            }
            ConfigKind kind = kind(name);
            ConfigDocument saved = profiles.saveConfig(kind, body, by);
            return ConfigDocumentJson.of(name, saved, saved.json());
        } catch (DuplicateKeyException e) {
            throw new ClientErrorException(e.getMessage(), Response.Status.CONFLICT);
        }
    }

    private static ConfigKind kind(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "playbooks" -> ConfigKind.PLAYBOOKS;
            case "excuses" -> ConfigKind.EXCUSES;
            case "classifier" -> ConfigKind.CLASSIFIER;
            case "segment-guardrails" -> ConfigKind.SEGMENT_GUARDRAILS;
            default -> throw new NotFoundException("no configuration '" + name
                    + "': expected playbooks, excuses, guardrails, segment-guardrails or classifier");
        };
    }
}
