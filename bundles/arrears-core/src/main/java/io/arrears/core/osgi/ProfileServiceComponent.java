package io.arrears.core.osgi;

import io.arrears.api.call.CallSheet;
import io.arrears.api.contact.ContactLog;
import io.arrears.api.intake.CustomerRepository;
import io.arrears.api.ledger.LedgerEventRepository;
import io.arrears.api.profile.BehaviourType;
import io.arrears.api.profile.CaseClosure;
import io.arrears.api.profile.ConfigDocument;
import io.arrears.api.profile.ConfigKind;
import io.arrears.api.profile.CreditScore;
import io.arrears.api.profile.CustomerProfile;
import io.arrears.api.profile.Effectiveness;
import io.arrears.api.profile.ProfileService;
import io.arrears.api.profile.ProfileStore;
import io.arrears.api.promise.PromiseRepository;
import io.arrears.api.promise.TrackedPromise;
import io.arrears.core.dunning.CountryDefaults;
import io.arrears.core.profiling.ProfileServiceImpl;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.Designate;

/**
 * Offers {@link ProfileServiceImpl} as the {@link ProfileService} once the journal, the master data, the contact log and
 * the profile store are there. Promises come from the {@link PromiseRepository} when one is registered and holds
 * promises of the customer; otherwise they are derived from the contact log's PROMISE_TO_PAY entries.
 */
@Component(service = ProfileService.class, configurationPid = ProfileConfig.PID)
@Designate(ocd = ProfileConfig.class)
public class ProfileServiceComponent implements ProfileService {

    private final ProfileService delegate;

    @Activate
    public ProfileServiceComponent(ProfileConfig config, @Reference LedgerEventRepository journal,
            @Reference CustomerRepository customers, @Reference ContactLog contactLog, @Reference ProfileStore store,
            @Reference(cardinality = ReferenceCardinality.OPTIONAL, policyOption = ReferencePolicyOption.GREEDY)
            PromiseRepository promises) {
        this.delegate = new ProfileServiceImpl(journal, customers, contactLog, id -> stored(promises, id), store,
                CountryDefaults.bundled(ZoneId.of(config.default_zone()), config.default_language()),
                config.default_country(), Clock.systemUTC());
    }

    private static Optional<List<TrackedPromise>> stored(PromiseRepository promises, String customerId) {
        if (promises == null) {
            return Optional.empty();
        }
        List<TrackedPromise> found = promises.forCustomer(customerId);
        return found.isEmpty() ? Optional.empty() : Optional.of(found);
    }

    @Override
    public Optional<CustomerProfile> profile(String customerId, String language) {
        return delegate.profile(customerId, language);
    }

    @Override
    public BehaviourType effectiveType(String customerId) {
        return delegate.effectiveType(customerId);
    }

    @Override
    public Optional<CustomerProfile> override(String customerId, BehaviourType type, String reason, String by) {
        return delegate.override(customerId, type, reason, by);
    }

    @Override
    public boolean clearOverride(String customerId, String by) {
        return delegate.clearOverride(customerId, by);
    }

    @Override
    public Optional<CallSheet> callSheet(String customerId, String collectorLanguage) {
        return delegate.callSheet(customerId, collectorLanguage);
    }

    @Override
    public ExcuseAnswer excuseResponses(String category, String language) {
        return delegate.excuseResponses(category, language);
    }

    @Override
    public ConfigDocument config(ConfigKind kind) {
        return delegate.config(kind);
    }

    @Override
    public ConfigDocument saveConfig(ConfigKind kind, String json, String by) {
        return delegate.saveConfig(kind, json, by);
    }

    @Override
    public String guardrails() {
        return delegate.guardrails();
    }

    @Override
    public ConfigDocument saveGuardrails(String json, String by) {
        return delegate.saveGuardrails(json, by);
    }

    @Override
    public Optional<CaseClosure> closeCase(String customerId, CaseLessons lessons, String by) {
        return delegate.closeCase(customerId, lessons, by);
    }

    @Override
    public Optional<CreditScore> recordCreditScore(String customerId, int score, String source, java.time.LocalDate asOf,
            String by) {
        return delegate.recordCreditScore(customerId, score, source, asOf, by);
    }

    @Override
    public Optional<OfferVerdict> checkOffer(String customerId, OfferTerms offer, String by, boolean mayApprove) {
        return delegate.checkOffer(customerId, offer, by, mayApprove);
    }

    @Override
    public List<Effectiveness> effectiveness() {
        return delegate.effectiveness();
    }
}
