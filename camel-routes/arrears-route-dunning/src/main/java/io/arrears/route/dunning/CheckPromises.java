package io.arrears.route.dunning;

import io.arrears.api.promise.MonitorReport;
import io.arrears.api.promise.PromiseMonitor;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One pass of the promise and plan monitor; the report becomes the body. Safe to redeliver: each change is stored once. */
class CheckPromises implements Processor {

    private static final Logger LOG = LoggerFactory.getLogger(CheckPromises.class);

    private final PromiseMonitor monitor;

    CheckPromises(PromiseMonitor monitor) {
        this.monitor = monitor;
    }

    @Override
    public void process(Exchange exchange) {
        MonitorReport report = monitor.check();
        if (!report.applied().isEmpty() || report.plansChanged() > 0) {
            LOG.info("Promise monitor: {} pending promises checked, {} changed; {} running plans checked, {} ended",
                    report.promisesChecked(), report.applied().size(), report.plansChecked(), report.plansChanged());
        }
        exchange.getMessage().setBody(report);
    }
}
