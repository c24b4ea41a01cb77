package io.arrears.routes.support.metrics;

import io.arrears.api.metrics.ArrearsMeters;
import io.arrears.api.metrics.Metrics;
import java.time.Duration;
import java.util.Objects;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.NamedNode;
import org.apache.camel.Route;
import org.apache.camel.spi.RoutePolicy;
import org.apache.camel.spi.RoutePolicyFactory;
import org.apache.camel.support.RoutePolicySupport;

/**
 * Route metrics without camel-management (not on the registry for Camel 4.14.5): a route policy on
 * every route counts exchanges (total, failed), keeps the in-flight gauge and the processing time
 * per route id in the Arrears {@link Metrics}. Nested routes ({@code direct:}) are counted on their own.
 */
public final class RouteMetricsPolicyFactory implements RoutePolicyFactory {

    private final Metrics metrics;

    public RouteMetricsPolicyFactory(Metrics metrics) {
        this.metrics = Objects.requireNonNull(metrics, "metrics");
    }

    @Override
    public RoutePolicy createRoutePolicy(CamelContext camelContext, String routeId, NamedNode route) {
        return new RouteMetricsPolicy(metrics, routeId);
    }

    private static final class RouteMetricsPolicy extends RoutePolicySupport {

        private final Metrics metrics;
        private final String routeId;
        private final String startProperty;

        RouteMetricsPolicy(Metrics metrics, String routeId) {
            this.metrics = metrics;
            this.routeId = routeId;
            this.startProperty = "arrears.metrics.start." + routeId;
        }

        @Override
        public void onExchangeBegin(Route route, Exchange exchange) {
            exchange.setProperty(startProperty, System.nanoTime());
            metrics.adjust(ArrearsMeters.CAMEL_EXCHANGES_INFLIGHT, 1, routeId);
        }

        @Override
        public void onExchangeDone(Route route, Exchange exchange) {
            Long start = exchange.getProperty(startProperty, Long.class);
            if (start == null) {
                return; // began before this policy was there
            }
            exchange.removeProperty(startProperty);
            metrics.adjust(ArrearsMeters.CAMEL_EXCHANGES_INFLIGHT, -1, routeId);
            metrics.increment(ArrearsMeters.CAMEL_EXCHANGES, routeId);
            if (exchange.isFailed()) {
                metrics.increment(ArrearsMeters.CAMEL_EXCHANGES_FAILED, routeId);
            }
            metrics.observe(ArrearsMeters.CAMEL_PROCESSING, Duration.ofNanos(System.nanoTime() - start), routeId);
        }
    }
}
