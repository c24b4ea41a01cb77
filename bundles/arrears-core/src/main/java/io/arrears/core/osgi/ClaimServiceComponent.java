package io.arrears.core.osgi;

import io.arrears.api.ledger.Claim;
import io.arrears.api.ledger.ClaimService;
import io.arrears.api.contact.ContactChannel;
import io.arrears.api.contact.ContactDirection;
import io.arrears.api.contact.ContactLog;
import io.arrears.api.contact.ContactOutcome;
import io.arrears.api.contact.NewContactEntry;
import io.arrears.api.intake.CustomerRepository;
import io.arrears.api.ledger.LedgerEventRepository;
import io.arrears.api.profile.ProfileService;
import io.arrears.core.ledger.ClaimServiceImpl;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * Offers {@link ClaimServiceImpl} as {@link ClaimService}; a waiver is journaled as a ledger event (who, when, why). A
 * collector waives within the guardrails of the debtor's type and segment (profile service; without it only managers);
 * a manager's waiver beyond them is noted in the contact log.
 */
@Component(service = ClaimService.class)
public class ClaimServiceComponent implements ClaimService {

    private final ClaimService delegate;

    @Activate
    public ClaimServiceComponent(@Reference LedgerEventRepository journal, @Reference CustomerRepository customers,
            @Reference(cardinality = ReferenceCardinality.OPTIONAL, policyOption = ReferencePolicyOption.GREEDY)
            ProfileService profiles,
            @Reference(cardinality = ReferenceCardinality.OPTIONAL, policyOption = ReferencePolicyOption.GREEDY)
            ContactLog contactLog) {
        Clock clock = Clock.systemDefaultZone();
        this.delegate = new ClaimServiceImpl(journal, ProfileLookups.guardrails(profiles, customers), (customer, note) -> {
            if (contactLog != null) {
                contactLog.append(NewContactEntry.of(customer, clock.instant(), "system", ContactChannel.NOTE,
                        ContactDirection.OUT, ContactOutcome.NOTE, note.length() > NewContactEntry.MAX_NOTES
                                ? note.substring(0, NewContactEntry.MAX_NOTES) : note));
            }
        }, clock);
    }

    @Override
    public Optional<List<Claim>> claims(String erpCustomerId) {
        return delegate.claims(erpCustomerId);
    }

    @Override
    public Claim waive(String erpCustomerId, String claimId, String reason, String waivedBy) {
        return delegate.waive(erpCustomerId, claimId, reason, waivedBy);
    }

    @Override
    public Claim waive(String erpCustomerId, String claimId, String reason, String waivedBy, boolean mayApprove) {
        return delegate.waive(erpCustomerId, claimId, reason, waivedBy, mayApprove);
    }
}
