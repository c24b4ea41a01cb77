package io.arrears.core.osgi;

import io.arrears.api.intake.CustomerRepository;
import io.arrears.api.ledger.LedgerEventRepository;
import io.arrears.api.letter.OfferRenderer;
import io.arrears.api.plan.DiscountOfferRepository;
import io.arrears.api.plan.DiscountOfferService;
import io.arrears.api.plan.EarlyPaymentDiscount;
import io.arrears.api.profile.ProfileService;
import io.arrears.core.call.DiscountOfferMessages;
import io.arrears.core.call.DiscountOffers;
import io.arrears.core.profile.AppliedGuardrails;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * Offers {@link DiscountOffers} as the {@link DiscountOfferService}, with the guardrails of the debtor's behaviour type and
 * segment; the offer message in the debtor's language when the letters bundle's {@link OfferRenderer} is there, else in
 * English.
 */
@Component(service = DiscountOfferService.class, configurationPid = DunningRunConfig.PID)
public class DiscountOfferServiceComponent implements DiscountOfferService {

    private final DiscountOfferService delegate;

    @Activate
    public DiscountOfferServiceComponent(DunningRunConfig config, @Reference CustomerRepository customers,
            @Reference LedgerEventRepository journal, @Reference DiscountOfferRepository offers,
            @Reference(cardinality = ReferenceCardinality.OPTIONAL, policyOption = ReferencePolicyOption.GREEDY)
            ProfileService profiles,
            @Reference(cardinality = ReferenceCardinality.OPTIONAL, policyOption = ReferencePolicyOption.GREEDY)
            OfferRenderer renderer) {
        this.delegate = new DiscountOffers(CollectionParts.debtors(config, customers, journal), offers,
                ProfileLookups.guardrails(profiles, customers).andThen(AppliedGuardrails::limits), Clock.systemUTC(),
                Optional.ofNullable(renderer).map(DiscountOfferMessages::new));
    }

    @Override
    public Judged offer(EarlyPaymentDiscount offer, String user, boolean mayApprove) {
        return delegate.offer(offer, user, mayApprove);
    }

    @Override
    public List<Judged> offers(String erpCustomerId, LocalDate asOf) {
        return delegate.offers(erpCustomerId, asOf);
    }
}
