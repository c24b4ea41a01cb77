package io.arrears.route.agency;

import io.arrears.api.insurer.AlarmKind;
import io.arrears.api.insurer.InsurerService;
import io.arrears.api.metrics.ArrearsMeters;
import io.arrears.api.metrics.Metrics;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/**
 * Sets the gauge {@code arrears_insurer_missed_deadlines} to the number of missed notification deadlines now, so a
 * monitoring system can page on a business alarm that the health probe deliberately does not turn into a 503.
 * The gauge only moves by deltas, so the last value set is remembered. The body becomes the count.
 */
public final class RefreshInsurerAlarmGauge implements Processor {

    private final InsurerService insurers;
    private final InsurerCheckSchedule schedule;
    private final Metrics metrics;
    private long published;

    public RefreshInsurerAlarmGauge(InsurerService insurers, InsurerCheckSchedule schedule, Metrics metrics) {
        this.insurers = insurers;
        this.schedule = schedule;
        this.metrics = metrics;
    }

    @Override
    public synchronized void process(Exchange exchange) {
        long missed = insurers.alarms(schedule.today(), schedule.warningDays()).stream()
                .filter(a -> a.kind() == AlarmKind.DEADLINE_MISSED).count();
        metrics.adjust(ArrearsMeters.INSURER_MISSED_DEADLINES, missed - published);
        published = missed;
        exchange.getMessage().setBody(missed);
    }
}
