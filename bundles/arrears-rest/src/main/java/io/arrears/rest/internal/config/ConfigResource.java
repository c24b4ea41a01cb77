package io.arrears.rest.internal.config;

import io.arrears.rest.internal.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.Dictionary;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jakartars.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;

/**
 * {@code /arrears/api/config}: the configuration Arrears runs with (its own PIDs and the HTTP
 * port), for administrators. Passwords, tokens and keys are masked; the framework's bookkeeping
 * keys are left out.
 */
@Component(service = ConfigResource.class)
@JakartarsResource
@JSONRequired
@Path("config")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class ConfigResource {

    static final String FILTER = "(|(service.pid=io.arrears.*)(service.pid=arrears.*)(service.factoryPid=arrears.*)"
            + "(service.factoryPid=io.arrears.*)(service.pid=org.apache.felix.http))";
    private static final List<String> BOOKKEEPING = List.of("service.pid", "service.factoryPid", "service.bundleLocation",
            "felix.fileinstall.filename", "component.name", "component.id");

    private final ConfigurationAdmin admin;

    @Activate
    public ConfigResource(@Reference ConfigurationAdmin admin) {
        this.admin = admin;
    }

    @GET
    public List<ConfigJson> configuration() throws IOException, InvalidSyntaxException {
        Configuration[] found = admin.listConfigurations(FILTER);
        if (found == null) {
            return List.of();
        }
        return Arrays.stream(found).map(ConfigResource::json).sorted(Comparator.comparing(ConfigJson::pid)).toList();
    }

    private static ConfigJson json(Configuration configuration) {
        Map<String, String> shown = new TreeMap<>();
        Dictionary<String, Object> properties = configuration.getProperties();
        if (properties != null) {
            for (String key : Collections.list(properties.keys())) {
                if (!BOOKKEEPING.contains(key)) {
                    shown.put(key, ConfigMasking.show(key, properties.get(key)));
                }
            }
        }
        return new ConfigJson(configuration.getPid(), configuration.getFactoryPid(), shown);
    }
}
