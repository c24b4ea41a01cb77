package io.arrears.core.osgi;

import io.arrears.api.dunning.DunningNoticeRepository;
import io.arrears.api.insurer.BuyerExposure;
import io.arrears.api.insurer.CheckResult;
import io.arrears.api.insurer.InsurerAlarm;
import io.arrears.api.insurer.InsurerPolicyRepository;
import io.arrears.api.insurer.InsurerService;
import io.arrears.api.insurer.Notification;
import io.arrears.api.insurer.NotificationRepository;
import io.arrears.api.intake.CustomerRepository;
import io.arrears.api.ledger.LedgerEventRepository;
import io.arrears.core.dunning.CountryHolidayCalendar;
import io.arrears.core.escalation.InsurerDeadlines;
import io.arrears.core.escalation.InsurerServiceImpl;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Offers {@link InsurerServiceImpl} as the {@link InsurerService}; deadlines use the country holiday calendars. */
@Component(service = InsurerService.class)
public class InsurerServiceComponent implements InsurerService {

    private final InsurerService delegate;

    @Activate
    public InsurerServiceComponent(@Reference InsurerPolicyRepository policies, @Reference NotificationRepository notifications,
            @Reference LedgerEventRepository journal, @Reference CustomerRepository customers,
            @Reference DunningNoticeRepository notices) {
        this.delegate = new InsurerServiceImpl(policies, notifications, journal, customers, notices,
                new InsurerDeadlines(new CountryHolidayCalendar()), Clock.systemUTC());
    }

    @Override
    public CheckResult check(LocalDate asOf, int warningDays) {
        return delegate.check(asOf, warningDays);
    }

    @Override
    public List<InsurerAlarm> alarms(LocalDate asOf, int warningDays) {
        return delegate.alarms(asOf, warningDays);
    }

    @Override
    public List<BuyerExposure> exposure(String customerId, LocalDate asOf) {
        return delegate.exposure(customerId, asOf);
    }

    @Override
    public Notification acknowledge(long notificationId, String reference) {
        return delegate.acknowledge(notificationId, reference);
    }
}
