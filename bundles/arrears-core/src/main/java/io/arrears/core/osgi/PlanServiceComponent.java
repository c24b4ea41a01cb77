package io.arrears.core.osgi;

import io.arrears.api.intake.CustomerRepository;
import io.arrears.api.ledger.LedgerEventRepository;
import io.arrears.api.plan.PlanProposal;
import io.arrears.api.plan.PlanRepository;
import io.arrears.api.plan.PlanService;
import io.arrears.api.plan.PlanTerms;
import io.arrears.api.plan.StoredPlan;
import io.arrears.api.profile.ProfileService;
import io.arrears.api.letter.AgreementRenderer;
import io.arrears.api.letter.Creditor;
import io.arrears.api.letter.PostalAddress;
import io.arrears.core.call.PlanAgreementLetters;
import io.arrears.core.call.PlanAgreements;
import java.util.Optional;
import java.time.Clock;
import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * Offers {@link PlanAgreements} as the {@link PlanService}, with the guardrails of the debtor's behaviour type and segment from the
 * (optional) profile service, as managers edit them; without it the bundled UNKNOWN guardrails.
 */
@Component(service = PlanService.class, configurationPid = DunningRunConfig.PID)
public class PlanServiceComponent implements PlanService {

    private final PlanService delegate;

    @Activate
    public PlanServiceComponent(DunningRunConfig config, @Reference CustomerRepository customers,
            @Reference LedgerEventRepository journal, @Reference PlanRepository plans,
            @Reference(cardinality = ReferenceCardinality.OPTIONAL, policyOption = ReferencePolicyOption.GREEDY)
            ProfileService profiles,
            @Reference(cardinality = ReferenceCardinality.OPTIONAL, policyOption = ReferencePolicyOption.GREEDY)
            AgreementRenderer renderer) {
        this.delegate = new PlanAgreements(CollectionParts.debtors(config, customers, journal), plans,
                ProfileLookups.guardrails(profiles, customers), Clock.systemUTC(), letters(config, renderer));
    }

    /** The agreement letter when letters are configured as for notices (creditor name, IBAN and address). */
    static Optional<PlanAgreementLetters> letters(DunningRunConfig config, AgreementRenderer renderer) {
        if (renderer == null || config.creditor_name().isBlank() || config.creditor_iban().isBlank()
                || config.creditor_address().length == 0) {
            return Optional.empty();
        }
        return Optional.of(new PlanAgreementLetters(renderer, Creditor.of(config.creditor_name(),
                PostalAddress.of(config.creditor_country(), config.creditor_address()), config.creditor_iban(),
                config.creditor_bic().isBlank() ? null : config.creditor_bic(), null)));
    }

    @Override
    public PlanProposal preview(PlanTerms terms, String collector) {
        return delegate.preview(terms, collector);
    }

    @Override
    public StoredPlan agree(PlanTerms terms, String user, boolean mayApprove) {
        return delegate.agree(terms, user, mayApprove);
    }

    @Override
    public List<StoredPlan> plans(String erpCustomerId) {
        return delegate.plans(erpCustomerId);
    }
}
