package io.arrears.rest.internal;

import io.arrears.api.health.ComponentHealth;
import io.arrears.api.health.HealthContributor;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/**
 * Reports bundles of the Karaf instance that are not active (fragments excepted): a bundle that did
 * not resolve or start is a broken installation an administrator must see in the health endpoint.
 */
@Component(service = HealthContributor.class)
public class BundleStatesHealth implements HealthContributor {

    private final BundleContext context;

    @Activate
    public BundleStatesHealth(BundleContext context) {
        this.context = context;
    }

    @Override
    public ComponentHealth check() {
        Bundle[] bundles = context.getBundles();
        String inactive = Arrays.stream(bundles)
                .filter(b -> b.getState() != Bundle.ACTIVE && !isFragment(b))
                .map(b -> b.getSymbolicName() + " " + b.getVersion() + " (" + stateName(b.getState()) + ")")
                .collect(Collectors.joining(", "));
        Map<String, String> details = inactive.isEmpty()
                ? Map.of("bundles", String.valueOf(bundles.length))
                : Map.of("bundles", String.valueOf(bundles.length), "inactive", inactive);
        return new ComponentHealth("bundles", inactive.isEmpty() ? ComponentHealth.Status.UP : ComponentHealth.Status.DOWN, details);
    }

    private static boolean isFragment(Bundle bundle) {
        BundleRevision revision = bundle.adapt(BundleRevision.class);
        return revision != null && (revision.getTypes() & BundleRevision.TYPE_FRAGMENT) != 0;
    }

    private static String stateName(int state) {
        return switch (state) {
            case Bundle.INSTALLED -> "Installed";
            case Bundle.RESOLVED -> "Resolved";
            case Bundle.STARTING -> "Starting";
            case Bundle.STOPPING -> "Stopping";
            case Bundle.UNINSTALLED -> "Uninstalled";
            default -> "State " + state;
        };
    }
}
