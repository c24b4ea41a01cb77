package io.arrears.route.dunning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.arrears.api.promise.MonitorReport;
import java.util.List;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.Test;

class CheckPromisesTest {

    private final CamelContext context = new DefaultCamelContext();

    @Test
    void thePassesReportBecomesTheBody() {
        MonitorReport report = new MonitorReport(3, List.of(), 2, 1);
        Exchange exchange = new DefaultExchange(context);

        new CheckPromises(() -> report).process(exchange);

        assertThat(exchange.getMessage().getBody()).isEqualTo(report);
    }

    @Test
    void aFailingPassFailsTheExchangeForTheErrorHandler() {
        Exchange exchange = new DefaultExchange(context);

        assertThatThrownBy(() -> new CheckPromises(() -> {
            throw new IllegalStateException("database down");
        }).process(exchange)).isInstanceOf(IllegalStateException.class).hasMessage("database down");
    }
}
