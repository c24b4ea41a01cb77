package io.arrears.core.osgi;

import io.arrears.api.ledger.Claim;
import io.arrears.api.ledger.ClaimService;
import io.arrears.api.ledger.LedgerEventRepository;
import io.arrears.core.ledger.ClaimServiceImpl;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Offers {@link ClaimServiceImpl} as {@link ClaimService}; a waiver is journaled as a ledger event (who, when, why). */
@Component(service = ClaimService.class)
public class ClaimServiceComponent implements ClaimService {

    private final ClaimService delegate;

    @Activate
    public ClaimServiceComponent(@Reference LedgerEventRepository journal) {
        this.delegate = new ClaimServiceImpl(journal, Clock.systemDefaultZone());
    }

    @Override
    public Optional<List<Claim>> claims(String erpCustomerId) {
        return delegate.claims(erpCustomerId);
    }

    @Override
    public Claim waive(String erpCustomerId, String claimId, String reason, String waivedBy) {
        return delegate.waive(erpCustomerId, claimId, reason, waivedBy);
    }
}
