package io.arrears.routes.support;

import io.arrears.api.health.ComponentHealth;
import io.arrears.api.health.HealthContributor;
import io.arrears.api.metrics.Metrics;
import io.arrears.routes.support.metrics.RouteMetricsPolicyFactory;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.camel.CamelContext;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.model.RouteDefinition;
import org.osgi.annotation.bundle.Capability;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Owns the one CamelContext of Arrears. Each integration registers its {@link RouteBuilder} as a
 * service; its routes are added when it appears and removed when it goes, without restarting the others.
 */
// registered by hand once started: declared so that the resolver knows consumers (the cluster service) find it
@Capability(namespace = "osgi.service", attribute = "objectClass:List<String>=org.apache.camel.CamelContext")
@Component(service = HealthContributor.class, immediate = true, configurationPid = CamelConfig.PID)
@Designate(ocd = CamelConfig.class)
public class ArrearsCamelContext implements HealthContributor {

    private static final Logger LOG = LoggerFactory.getLogger(ArrearsCamelContext.class);

    private final Map<RoutesBuilder, List<String>> routeIdsByBuilder = new ConcurrentHashMap<>();
    private final Map<RoutesBuilder, Boolean> pending = new ConcurrentHashMap<>();
    private volatile DefaultCamelContext camel;
    private ServiceRegistration<CamelContext> registration;

    @Reference
    Metrics metrics;

    @Activate
    void activate(BundleContext bundleContext, CamelConfig config) throws Exception {
        DefaultCamelContext context = new DefaultCamelContext();
        // exchanges, failures, in-flight and processing time per route id (camel-management is not available)
        context.addRoutePolicyFactory(new RouteMetricsPolicyFactory(metrics));
        context.getCamelContextExtension().setName(config.context_name());
        // Camel is embedded in this bundle: its factory finder must look in this bundle's class path
        context.setApplicationContextClassLoader(getClass().getClassLoader());
        context.getShutdownStrategy().setTimeout(config.shutdown_timeout_seconds());
        withBundleClassLoader(context::start);
        camel = context;
        pending.keySet().forEach(this::addRoutes);
        pending.clear();
        registration = bundleContext.registerService(CamelContext.class, context, null);
        LOG.info("Camel context {} started with {} routes", config.context_name(), context.getRoutes().size());
    }

    @Deactivate
    void deactivate() {
        if (registration != null) {
            registration.unregister();
        }
        DefaultCamelContext context = camel;
        camel = null;
        if (context != null) {
            withBundleClassLoader(context::stop);
        }
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addRoutesBuilder(RoutesBuilder builder) {
        if (camel == null) {
            pending.put(builder, Boolean.TRUE);
        } else {
            addRoutes(builder);
        }
    }

    void removeRoutesBuilder(RoutesBuilder builder) {
        pending.remove(builder);
        List<String> routeIds = routeIdsByBuilder.remove(builder);
        DefaultCamelContext context = camel;
        if (routeIds == null || context == null) {
            return;
        }
        for (String routeId : routeIds) {
            try {
                context.getRouteController().stopRoute(routeId);
                context.removeRoute(routeId);
            } catch (Exception e) {
                LOG.warn("Could not remove route {}", routeId, e);
            }
        }
    }

    private void addRoutes(RoutesBuilder builder) {
        try {
            withBundleClassLoader(() -> camel.addRoutes(builder));
            List<String> ids = builder instanceof RouteBuilder rb
                    ? rb.getRouteCollection().getRoutes().stream().map(RouteDefinition::getRouteId).toList()
                    : List.of();
            routeIdsByBuilder.put(builder, ids);
            LOG.info("Added routes {} from {}", ids, builder.getClass().getName());
        } catch (Exception e) {
            // a broken integration must not take the others down; it shows in the log and in health
            LOG.error("Could not add routes from {}", builder.getClass().getName(), e);
        }
    }

    @Override
    public ComponentHealth check() {
        DefaultCamelContext context = camel;
        if (context == null) {
            return ComponentHealth.down("camel", "Camel context not active");
        }
        Map<String, String> details = Map.of(
                "name", context.getName(),
                "status", context.getStatus().name(),
                "version", context.getVersion(),
                "routes", String.valueOf(context.getRoutes().size()));
        return context.isStarted()
                ? ComponentHealth.up("camel", details)
                : new ComponentHealth("camel", ComponentHealth.Status.DOWN, details);
    }

    private void withBundleClassLoader(ThrowingRunnable action) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(getClass().getClassLoader());
        try {
            action.run();
        } catch (Exception e) {
            throw new IllegalStateException(e.getMessage(), e);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    @FunctionalInterface
    private interface ThrowingRunnable {
        void run() throws Exception;
    }
}
