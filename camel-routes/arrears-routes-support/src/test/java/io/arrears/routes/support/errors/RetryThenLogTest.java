package io.arrears.routes.support.errors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;

class RetryThenLogTest {

    @Test
    void aFailingExchangeIsRedeliveredThenHandedToTheLogDeadLetterAndTheRouteGoesOn() throws Exception {
        AtomicInteger attempts = new AtomicInteger();
        RetryThenLog policy = new RetryThenLog("io.arrears.test.failed", 2, Duration.ofMillis(1), Duration.ofMillis(4));
        try (DefaultCamelContext camel = new DefaultCamelContext()) {
            camel.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    policy.applyTo(this);
                    from("direct:pass").routeId("test.pass").process(e -> {
                        attempts.incrementAndGet();
                        throw new IllegalStateException("database down");
                    });
                }
            });
            camel.start();
            var exchange = camel.createProducerTemplate().send("direct:pass", e -> { });
            assertThat(attempts).as("first attempt and two redeliveries").hasValue(3);
            assertThat(exchange.isFailed()).as("handled by the dead-letter channel").isFalse();
            assertThat(exchange.getProperty(org.apache.camel.Exchange.EXCEPTION_CAUGHT, Exception.class))
                    .hasMessage("database down");
        }
    }

    @Test
    void theDeadLetterLogsAtErrorWithTheStackTrace() {
        assertThat(new RetryThenLog("io.arrears.route.agency.failed", 3, Duration.ofSeconds(5), Duration.ofMinutes(2)).deadLetterUri())
                .isEqualTo("log:io.arrears.route.agency.failed?level=ERROR&showCaughtException=true&showStackTrace=true");
    }

    @Test
    void anUnboundedOrInvertedBackoffIsRefused() {
        assertThatThrownBy(() -> new RetryThenLog("x", -1, Duration.ofSeconds(1), Duration.ofSeconds(2)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetryThenLog("x", 1, Duration.ofSeconds(5), Duration.ofSeconds(2)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
