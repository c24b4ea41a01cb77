package io.arrears.core.osgi;

import io.arrears.api.agency.AgencyFeedback;
import io.arrears.api.agency.ApprovalView;
import io.arrears.api.agency.NewFeedback;
import io.arrears.api.agency.NewPlacement;
import io.arrears.api.agency.Placement;
import io.arrears.api.agency.PlacementRepository;
import io.arrears.api.agency.PlacementService;
import io.arrears.api.agency.PlacementStatus;
import io.arrears.api.contact.ContactLog;
import io.arrears.api.document.InvoiceCopyRenderer;
import io.arrears.api.dunning.DunningNoticeRepository;
import io.arrears.api.intake.CustomerRepository;
import io.arrears.api.ledger.LedgerEventRepository;
import io.arrears.core.dunning.NoticeCharges;
import io.arrears.core.escalation.PlacementCharges;
import io.arrears.core.escalation.PlacementDocuments;
import io.arrears.core.escalation.PlacementServiceImpl;
import io.arrears.core.interest.RateTables;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Offers {@link PlacementServiceImpl} as the {@link PlacementService} once the store's repositories are there. */
@Component(service = PlacementService.class, configurationPid = DunningRunConfig.PID)
// the dunning run's configuration (its @Designate describes it): the same interest rate tables as the notices
public class PlacementServiceComponent implements PlacementService {

    private final PlacementService delegate;

    @Activate
    public PlacementServiceComponent(@Reference PlacementRepository placements, @Reference LedgerEventRepository journal,
            @Reference CustomerRepository customers, @Reference DunningNoticeRepository notices,
            @Reference ContactLog contactLog, @Reference InvoiceCopyRenderer invoiceCopies, DunningRunConfig config) {
        this.delegate = new PlacementServiceImpl(placements, journal, customers, notices, contactLog,
                new PlacementCharges(new NoticeCharges(new RateTables(DunningRunServiceComponent.ratesFolder(config)))),
                new PlacementDocuments(Optional.of(invoiceCopies), config.creditor_name(),
                        CollectionParts.countries(config)::language),
                Clock.systemUTC());
    }

    @Override
    public Placement request(NewPlacement placement) {
        return delegate.request(placement);
    }

    @Override
    public ApprovalView approvalView(long placementId) {
        return delegate.approvalView(placementId);
    }

    @Override
    public Placement approve(long placementId, String manager) {
        return delegate.approve(placementId, manager);
    }

    @Override
    public Placement recall(long placementId, String by) {
        return delegate.recall(placementId, by);
    }

    @Override
    public Optional<AgencyFeedback> applyFeedback(NewFeedback feedback) {
        return delegate.applyFeedback(feedback);
    }

    @Override
    public Optional<Placement> find(long placementId) {
        return delegate.find(placementId);
    }

    @Override
    public List<Placement> list(Optional<String> customerId, Optional<PlacementStatus> status, int limit) {
        return delegate.list(customerId, status, limit);
    }

    @Override
    public List<AgencyFeedback> feedback(long placementId) {
        return delegate.feedback(placementId);
    }
}
