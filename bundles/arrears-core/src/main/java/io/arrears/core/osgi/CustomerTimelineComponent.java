package io.arrears.core.osgi;

import io.arrears.api.contact.ContactLog;
import io.arrears.api.dunning.DunningBlockRepository;
import io.arrears.api.ledger.LedgerEventRepository;
import io.arrears.api.plan.PlanRepository;
import io.arrears.api.promise.PromiseRepository;
import io.arrears.api.timeline.CustomerTimeline;
import io.arrears.api.timeline.TimelineEntry;
import io.arrears.api.timeline.TimelineSource;
import io.arrears.core.timeline.CustomerTimelineService;
import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/** Offers {@link CustomerTimelineService} with every {@link TimelineSource} there is (re-activated as sources come). */
@Component(service = CustomerTimeline.class)
public class CustomerTimelineComponent implements CustomerTimeline {

    private final CustomerTimeline delegate;

    @Activate
    public CustomerTimelineComponent(@Reference ContactLog contacts, @Reference PromiseRepository promises,
            @Reference PlanRepository plans, @Reference DunningBlockRepository blocks, @Reference LedgerEventRepository journal,
            @Reference(cardinality = ReferenceCardinality.MULTIPLE, policyOption = ReferencePolicyOption.GREEDY)
            List<TimelineSource> sources) {
        this.delegate = new CustomerTimelineService(contacts, promises, plans, blocks, journal, sources);
    }

    @Override
    public List<TimelineEntry> timeline(String erpCustomerId, int limit) {
        return delegate.timeline(erpCustomerId, limit);
    }
}
