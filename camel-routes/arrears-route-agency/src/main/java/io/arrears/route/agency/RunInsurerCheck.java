package io.arrears.route.agency;

import io.arrears.api.insurer.AlarmKind;
import io.arrears.api.insurer.CheckResult;
import io.arrears.api.insurer.InsurerService;
import java.time.LocalDate;
import java.util.Optional;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs the insurer check when it is due; missed deadlines are logged at ERROR every time, never silently. */
public final class RunInsurerCheck implements Processor {

    private static final Logger LOG = LoggerFactory.getLogger(RunInsurerCheck.class);

    private final InsurerService insurers;
    private final InsurerCheckSchedule schedule;

    public RunInsurerCheck(InsurerService insurers, InsurerCheckSchedule schedule) {
        this.insurers = insurers;
        this.schedule = schedule;
    }

    @Override
    public void process(Exchange exchange) {
        Optional<LocalDate> due = schedule.due();
        if (due.isEmpty()) {
            exchange.getMessage().setBody(null);
            return;
        }
        CheckResult result;
        try {
            result = insurers.check(due.get(), schedule.warningDays());
        } catch (RuntimeException e) {
            schedule.failed(due.get());
            throw e;
        }
        LOG.info("Insurer check {}: {} notification(s) queued, {} alarm(s)", due.get(), result.created().size(),
                result.alarms().size());
        result.alarms().stream().filter(a -> a.kind() == AlarmKind.DEADLINE_MISSED).forEach(a -> LOG.error(
                "Insurer deadline missed: policy {} ({}), buyer {}, invoice {} due {}, deadline {}: {}", a.policyNumber(),
                a.insurerId(), a.customerId(), a.documentNumber(), a.dueDate(), a.deadline(), a.message()));
        exchange.getMessage().setBody(result);
    }
}
