package io.arrears.core.osgi;

import io.arrears.api.intake.CustomerRepository;
import io.arrears.api.ledger.LedgerEventRepository;
import io.arrears.api.plan.PlanRepository;
import io.arrears.api.profile.BehaviourType;
import io.arrears.api.profile.ProfileService;
import io.arrears.api.promise.MonitorReport;
import io.arrears.api.promise.PromiseMonitor;
import io.arrears.api.promise.PromiseRepository;
import io.arrears.core.call.DebtorLookup;
import io.arrears.core.plan.PlanTracker;
import io.arrears.core.promise.CollectionMonitor;
import io.arrears.core.promise.ConsequencePolicy;
import io.arrears.core.promise.PlanMonitoring;
import io.arrears.core.promise.PromiseMonitoring;
import io.arrears.core.promise.PromiseTracker;
import java.time.Clock;
import java.time.ZoneId;
import java.util.function.Function;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * Offers the {@link PromiseMonitor} (promises, then plans) that the route {@code arrears.promises.monitor} runs; the
 * consequence of a broken promise or plan follows the debtor's behaviour type from the (optional) profile service.
 */
@Component(service = PromiseMonitor.class, configurationPid = DunningRunConfig.PID)
public class PromiseMonitorComponent implements PromiseMonitor {

    private final PromiseMonitor delegate;

    @Activate
    public PromiseMonitorComponent(DunningRunConfig config, @Reference CustomerRepository customers,
            @Reference LedgerEventRepository journal, @Reference PromiseRepository promises, @Reference PlanRepository plans,
            @Reference(cardinality = ReferenceCardinality.OPTIONAL, policyOption = ReferencePolicyOption.GREEDY)
            ProfileService profiles) {
        DebtorLookup debtors = CollectionParts.debtors(config, customers, journal);
        ZoneId fallback = ZoneId.of(config.default_zone());
        Function<String, ZoneId> zones = id -> debtors.find(id).map(d -> d.customer().timeZone()).orElse(fallback);
        ConsequencePolicy policy = ConsequencePolicy.bundledDefault();
        Function<String, BehaviourType> types = ProfileLookups.types(profiles);
        Clock clock = Clock.systemUTC();
        this.delegate = new CollectionMonitor(new PromiseMonitoring(promises, journal, new PromiseTracker(policy), zones, types, clock),
                new PlanMonitoring(plans, journal, new PlanTracker(policy), zones, types, clock));
    }

    @Override
    public MonitorReport check() {
        return delegate.check();
    }
}
