package io.arrears.rest.internal.security;

import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import org.glassfish.jersey.server.filter.RolesAllowedDynamicFeature;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsExtension;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsName;

/** Enforces {@code @RolesAllowed} / {@code @PermitAll} on resource methods (Jersey's own feature). */
@Component(service = DynamicFeature.class)
@JakartarsExtension
@JakartarsName("arrears.roles-allowed")
public class RolesAllowedExtension implements DynamicFeature {

    private final RolesAllowedDynamicFeature delegate = new RolesAllowedDynamicFeature();

    @Override
    public void configure(ResourceInfo resourceInfo, FeatureContext context) {
        delegate.configure(resourceInfo, context);
    }
}
