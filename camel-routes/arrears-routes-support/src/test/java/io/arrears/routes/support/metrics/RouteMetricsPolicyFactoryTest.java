package io.arrears.routes.support.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.arrears.api.metrics.ArrearsMeters;
import io.arrears.api.metrics.Meter;
import io.arrears.metrics.MetricsRegistry;
import java.util.List;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RouteMetricsPolicyFactoryTest {

    private final MetricsRegistry metrics = new MetricsRegistry();
    private DefaultCamelContext camel;
    private ProducerTemplate producer;

    @BeforeEach
    void start() throws Exception {
        camel = new DefaultCamelContext();
        camel.addRoutePolicyFactory(new RouteMetricsPolicyFactory(metrics));
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:outer").routeId("test.outer").to("direct:inner");
                from("direct:inner").routeId("test.inner").process(e -> {
                    if ("fail".equals(e.getMessage().getBody())) {
                        throw new IllegalStateException("boom");
                    }
                });
            }
        });
        camel.start();
        producer = camel.createProducerTemplate();
    }

    @AfterEach
    void stop() {
        camel.stop();
    }

    @Test
    void countsExchangesFailuresAndTimePerRoute() {
        producer.sendBody("direct:outer", "ok");
        producer.sendBody("direct:outer", "ok");
        assertThatThrownBy(() -> producer.sendBody("direct:outer", "fail")).isInstanceOf(CamelExecutionException.class);
        producer.sendBody("direct:inner", "ok");

        assertThat(value(ArrearsMeters.CAMEL_EXCHANGES, "test.outer")).isEqualTo(3);
        assertThat(value(ArrearsMeters.CAMEL_EXCHANGES, "test.inner")).isEqualTo(4);
        assertThat(value(ArrearsMeters.CAMEL_EXCHANGES_FAILED, "test.outer")).isEqualTo(1);
        assertThat(value(ArrearsMeters.CAMEL_EXCHANGES_FAILED, "test.inner")).isEqualTo(1);
        assertThat(value(ArrearsMeters.CAMEL_EXCHANGES_INFLIGHT, "test.outer")).isZero();
        assertThat(value(ArrearsMeters.CAMEL_EXCHANGES_INFLIGHT, "test.inner")).isZero();
        assertThat(metrics.value(ArrearsMeters.CAMEL_PROCESSING, List.of("test.outer")).count()).isEqualTo(3);
        assertThat(metrics.value(ArrearsMeters.CAMEL_PROCESSING, List.of("test.outer")).value()).isPositive();
    }

    @Test
    void anExchangeInARouteIsInFlightUntilItIsDone() throws Exception {
        var release = new java.util.concurrent.CountDownLatch(1);
        var entered = new java.util.concurrent.CountDownLatch(1);
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:slow").routeId("test.slow").process(e -> {
                    entered.countDown();
                    release.await();
                });
            }
        });
        var sending = producer.asyncSendBody("direct:slow", "x");
        entered.await();

        assertThat(value(ArrearsMeters.CAMEL_EXCHANGES_INFLIGHT, "test.slow")).isEqualTo(1);
        release.countDown();
        sending.get();
        assertThat(value(ArrearsMeters.CAMEL_EXCHANGES_INFLIGHT, "test.slow")).isZero();
        assertThat(value(ArrearsMeters.CAMEL_EXCHANGES, "test.slow")).isEqualTo(1);
    }

    private double value(Meter meter, String route) {
        return metrics.value(meter, List.of(route)).value();
    }
}
