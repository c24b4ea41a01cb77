package io.arrears.rest.internal.profile;

import io.arrears.api.profile.ProfileService;
import io.arrears.rest.internal.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jakartars.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;

/**
 * {@code /arrears/api/excuses/{category}?lang=}: what to answer to an excuse, in the language asked for (English when
 * not translated; {@code language} says which one came back). An unknown category is a 404 naming the known ones.
 */
@Component(service = ExcusesResource.class)
@JakartarsResource
@JSONRequired
@Path("excuses")
@Produces(MediaType.APPLICATION_JSON)
public class ExcusesResource {

    /** {@code requestedLanguage} as asked, {@code language} as answered. */
    public record ExcuseJson(String category, String requestedLanguage, String language, List<String> responses) {
    }

    private final ProfileService profiles;

    @Activate
    public ExcusesResource(@Reference ProfileService profiles) {
        this.profiles = profiles;
    }

    @GET
    @Path("{category}")
    @RolesAllowed({Roles.COLLECTOR, Roles.MANAGER})
    public ExcuseJson responses(@PathParam("category") String category, @QueryParam("lang") String lang) {
        ProfileService.ExcuseAnswer answer;
        try {
            answer = profiles.excuseResponses(category, lang);
        } catch (IllegalArgumentException e) {
            if (e.getMessage() != null && e.getMessage().startsWith("unknown excuse category")) {
                throw new NotFoundException(e.getMessage());
            }
            throw e;
        }
        return new ExcuseJson(answer.category(), answer.requestedLanguage(), answer.language(), answer.responses());
    }
}
