package io.arrears.core.profiling;

import com.fasterxml.jackson.core.type.TypeReference;
import io.arrears.api.call.CallSheet;
import io.arrears.api.contact.ContactChannel;
import io.arrears.api.contact.ContactDirection;
import io.arrears.api.contact.ContactLog;
import io.arrears.api.contact.ContactOutcome;
import io.arrears.api.contact.NewContactEntry;
import io.arrears.api.intake.CustomerMasterData;
import io.arrears.api.intake.CustomerRepository;
import io.arrears.api.ledger.Channel;
import io.arrears.api.ledger.Customer;
import io.arrears.api.ledger.LedgerEventRepository;
import io.arrears.api.ledger.LedgerFacts;
import io.arrears.api.profile.BehaviourType;
import io.arrears.api.profile.CaseClosure;
import io.arrears.api.profile.ConfigDocument;
import io.arrears.api.profile.ConfigKind;
import io.arrears.api.profile.CreditScore;
import io.arrears.api.profile.CustomerProfile;
import io.arrears.api.profile.Effectiveness;
import io.arrears.api.profile.ProfileService;
import io.arrears.api.profile.ProfileSnapshot;
import io.arrears.api.profile.ProfileStore;
import io.arrears.api.profile.StoredOverride;
import io.arrears.api.promise.TrackedPromise;
import io.arrears.core.call.CallSheetBuilder;
import io.arrears.core.call.HistoryPolicy;
import io.arrears.core.dunning.CountryDefaults;
import io.arrears.core.interest.InterestCalculator;
import io.arrears.core.ledger.LedgerFactsBuilder;
import io.arrears.core.ledger.PaymentTrendPolicy;
import io.arrears.core.profile.AppliedGuardrails;
import io.arrears.core.profile.BehaviourClassifier;
import io.arrears.core.profile.BehaviourSignals;
import io.arrears.core.profile.BehaviourSuggestion;
import io.arrears.core.profile.ClassifierConfig;
import io.arrears.core.profile.ConfigJson;
import io.arrears.core.profile.DriftConfig;
import io.arrears.core.profile.DriftDetector;
import io.arrears.core.profile.DriftReport;
import io.arrears.core.profile.EffectiveProfile;
import io.arrears.core.profile.Evidence;
import io.arrears.core.profile.ExcuseCategory;
import io.arrears.core.profile.ExcuseResponse;
import io.arrears.core.profile.GuardrailDecision;
import io.arrears.core.profile.Offer;
import io.arrears.core.profile.OpenBalanceThresholds;
import io.arrears.core.profile.Playbook;
import io.arrears.core.profile.PlaybookScript;
import io.arrears.core.profile.ProfileOverride;
import io.arrears.core.profile.ProfileResolver;
import io.arrears.core.profile.RiskConfig;
import io.arrears.core.profile.RiskFactor;
import io.arrears.core.profile.RiskScore;
import io.arrears.core.profile.RiskScorer;
import io.arrears.core.profile.Signal;
import io.arrears.core.profile.SignalAssembler;
import io.arrears.core.profile.SignalReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;

/**
 * {@link ProfileService} over the journal, the master data, the contact log, the promises and the profile store.
 *
 * <p>Recomputation: every read ({@link #profile}, {@link #effectiveType}, {@link #callSheet}) assembles the signals
 * from the current data, so the risk score and type always reflect every ledger and contact event so far; a new
 * snapshot is stored whenever the inputs (signals, override, configuration versions) differ from the latest one, so
 * the snapshot history records each change and "changed since" can be shown.
 *
 * <p>Drift compares the last {@value #RECENT_DAYS} days with the customer's history before them.
 */
public final class ProfileServiceImpl implements ProfileService {

    /** The recent window of the drift check. */
    static final int RECENT_DAYS = 90;
    static final String SYSTEM = "system";
    /** The offer of a case closed without one. */
    static final String NO_OFFER = "NONE";

    private static final SignalReader READER = new SignalReader(OpenBalanceThresholds.bundledDefault());
    private static final RiskScorer RISK = new RiskScorer(RiskConfig.bundledDefault(), READER);
    private static final DriftDetector DRIFT = new DriftDetector(DriftConfig.bundledDefault(), READER);
    private static final SignalAssembler ASSEMBLER = new SignalAssembler(OpenBalanceThresholds.bundledDefault());

    private final LedgerEventRepository journal;
    private final CustomerRepository customers;
    private final ContactLog contactLog;
    private final Function<String, Optional<List<TrackedPromise>>> promises;
    private final ProfileStore store;
    private final ProfileConfigs configs;
    private final CountryDefaults countries;
    private final String fallbackCountry;
    private final Clock clock;

    /**
     * @param promises the customer's stored promises, or empty when no promise store is there (then promises are
     *                 derived from the contact log's PROMISE_TO_PAY entries)
     */
    public ProfileServiceImpl(LedgerEventRepository journal, CustomerRepository customers, ContactLog contactLog,
            Function<String, Optional<List<TrackedPromise>>> promises, ProfileStore store, CountryDefaults countries,
            String fallbackCountry, Clock clock) {
        this.journal = Objects.requireNonNull(journal, "journal");
        this.customers = Objects.requireNonNull(customers, "customers");
        this.contactLog = Objects.requireNonNull(contactLog, "contactLog");
        this.promises = Objects.requireNonNull(promises, "promises");
        this.store = Objects.requireNonNull(store, "store");
        this.configs = new ProfileConfigs(store, clock);
        this.countries = Objects.requireNonNull(countries, "countries");
        this.fallbackCountry = Objects.requireNonNull(fallbackCountry, "fallbackCountry");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** One computation of a customer's profile. */
    private record Computed(ProfileInputs inputs, BehaviourSignals signals, BehaviourSuggestion suggestion,
            EffectiveProfile effective, Optional<StoredOverride> override, RiskScore risk, DriftReport drift,
            ProfileSnapshot snapshot, Optional<ProfileSnapshot> previous, Optional<CreditScore> credit) {

        Optional<String> segment() {
            return inputs.master().map(CustomerMasterData::segment);
        }
    }

    @Override
    public Optional<CustomerProfile> profile(String customerId, String language) {
        String lang = language == null || language.isBlank() ? "en" : language;
        return compute(customerId).map(c -> view(c, lang));
    }

    @Override
    public BehaviourType effectiveType(String customerId) {
        return compute(customerId).map(c -> c.effective().type()).orElse(BehaviourType.UNKNOWN);
    }

    @Override
    public Optional<CustomerProfile> override(String customerId, BehaviourType type, String reason, String by) {
        Objects.requireNonNull(type, "type");
        if (!type.isKnown()) {
            throw new IllegalArgumentException("an override must name one of the eight behaviour types, not UNKNOWN");
        }
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("an override needs a reason (it is kept in the contact log)");
        }
        Optional<Computed> current = compute(customerId);
        if (current.isEmpty()) {
            return Optional.empty();
        }
        BehaviourSuggestion seen = current.get().suggestion();
        Instant now = clock.instant();
        store.placeOverride(new StoredOverride(0, customerId, type, reason.strip(), by, now, seen.type(), seen.confidence(),
                ConfigJson.write(names(seen.signalValues())), Optional.empty(), Optional.empty()));
        log(customerId, by, "behaviour type overridden to " + type + " (suggested " + seen.type() + ", confidence "
                + seen.confidence() + "): " + reason.strip());
        return profile(customerId, "en");
    }

    @Override
    public boolean clearOverride(String customerId, String by) {
        Optional<StoredOverride> active = store.activeOverride(customerId);
        if (active.isEmpty()) {
            return false;
        }
        store.clearOverride(customerId, by, clock.instant());
        log(customerId, by, "behaviour type override to " + active.get().type() + " removed");
        return true;
    }

    @Override
    public Optional<CallSheet> callSheet(String customerId, String collectorLanguage) {
        String lang = collectorLanguage == null || collectorLanguage.isBlank() ? "en" : collectorLanguage;
        return compute(customerId).map(c -> {
            LocalDate asOf = LocalDate.now(clock);
            LedgerFacts facts = new LedgerFactsBuilder(PaymentTrendPolicy.DEFAULT).facts(c.inputs().ledger(), customerId, asOf);
            BehaviourSuggestion s = c.suggestion();
            BehaviourSuggestion approach = new BehaviourSuggestion(c.effective().type(), s.confidence(), s.explanation(),
                    s.scores(), s.signalValues(), c.effective().why());
            // the offers' limits are those of the customer's segment when it has its own row for the type
            Playbook playbook = configs.playbooks().forType(c.effective().type())
                    .withGuardrails(configs.guardrails(c.effective().type(), c.segment()).limits());
            return new CallSheetBuilder(InterestCalculator::bundled, configs.excuses(), HistoryPolicy.DEFAULT)
                    .build(customer(customerId, c.inputs().master()), facts, c.inputs().promises().orElse(List.of()),
                            c.signals().excuses(), approach, playbook, lang, clock)
                    .withDrift(c.drift().drifting() ? nextDueDate(c).map(due -> withDue(driftReasons(c), due))
                            .orElseGet(() -> driftReasons(c)) : List.of());
        });
    }

    @Override
    public ExcuseAnswer excuseResponses(String category, String language) {
        ExcuseCategory parsed;
        try {
            parsed = ExcuseCategory.valueOf(Objects.requireNonNull(category, "category").strip().toUpperCase(Locale.ROOT)
                    .replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown excuse category '" + category + "': expected one of "
                    + Arrays.toString(ExcuseCategory.values()));
        }
        ExcuseResponse response = configs.excuses().respond(parsed, language == null || language.isBlank() ? "en" : language);
        return new ExcuseAnswer(parsed.name(), response.requestedLanguage(), response.language(), response.responses());
    }

    @Override
    public ConfigDocument config(ConfigKind kind) {
        return configs.current(kind);
    }

    @Override
    public ConfigDocument saveConfig(ConfigKind kind, String json, String by) {
        return configs.save(kind, json, by);
    }

    @Override
    public ConfigDocument saveGuardrails(String json, String by) {
        return configs.saveGuardrails(json, by);
    }

    @Override
    public String guardrails() {
        return ConfigJson.write(configs.guardrails());
    }

    @Override
    public Optional<CaseClosure> closeCase(String customerId, CaseLessons lessons, String by) {
        Objects.requireNonNull(lessons, "lessons");
        Optional<Computed> computed = compute(customerId);
        if (computed.isEmpty()) {
            return Optional.empty();
        }
        Computed c = computed.get();
        Instant now = clock.instant();
        LocalDate opened = store.closures(customerId).stream().map(CaseClosure::closedAt).max(Instant::compareTo)
                .map(at -> LocalDate.ofInstant(at, ZoneOffset.UTC)).orElse(null);
        CaseOutcome outcome = CaseOutcome.of(c.inputs(), ASSEMBLER, opened, LocalDate.now(clock));
        int version = configs.current(ConfigKind.PLAYBOOKS).version();
        CaseClosure closure = new CaseClosure(0, customerId, by, now, lessons.satisfied(), text(lessons.wentWrong()),
                text(lessons.improve()), c.effective().type(), c.effective().type() + " v" + version,
                choice(lessons.channel(), "channel"), choice(lessons.offer(), "offer"), outcome.promisesMade(),
                outcome.promisesKept(), outcome.daysToPayAfterContact(), outcome.recovered());
        CaseClosure stored = store.recordClosure(closure);
        log(customerId, by, "case closed: customer " + (lessons.satisfied() ? "satisfied" : "not satisfied")
                + (closure.wentWrong().isEmpty() ? "" : "; went wrong: " + closure.wentWrong())
                + (closure.improve().isEmpty() ? "" : "; improve: " + closure.improve()));
        return Optional.of(stored);
    }

    @Override
    public Optional<CreditScore> recordCreditScore(String customerId, int score, String source, LocalDate asOf, String by) {
        Objects.requireNonNull(asOf, "asOf");
        if (asOf.isAfter(LocalDate.now(clock))) {
            throw new IllegalArgumentException("a credit score dated " + asOf + " lies in the future");
        }
        CreditScore recorded = new CreditScore(0, customerId, score, source, asOf, by, clock.instant());
        if (ProfileInputs.read(customerId, journal, customers, contactLog, id -> Optional.empty()).isEmpty()) {
            return Optional.empty();
        }
        CreditScore stored = store.recordCreditScore(recorded);
        log(customerId, by, "external credit score " + stored.score() + "/100 from " + stored.source() + " as of "
                + stored.asOf() + " recorded");
        return Optional.of(stored);
    }

    @Override
    public Optional<OfferVerdict> checkOffer(String customerId, OfferTerms terms, String by, boolean mayApprove) {
        Offer offer = OfferTermsMapping.offer(terms);
        return compute(customerId).map(c -> {
            AppliedGuardrails rails = configs.guardrails(c.effective().type(), c.segment());
            GuardrailDecision decision = rails.check(offer);
            Optional<String> approvedBy = Optional.empty();
            if (decision.needsManagerApproval() && mayApprove) {
                approvedBy = Optional.of(by);
                log(customerId, by, offer.kind() + " offer approved beyond the guardrails: " + String.join("; ", decision.reasons()));
            }
            return new OfferVerdict(c.effective().type(), c.segment(), rails.row(), decision.needsManagerApproval(),
                    decision.reasons(), approvedBy);
        });
    }

    @Override
    public List<Effectiveness> effectiveness() {
        return EffectivenessReport.of(store.closures());
    }

    private Optional<Computed> compute(String customerId) {
        Optional<ProfileInputs> read = ProfileInputs.read(customerId, journal, customers, contactLog, promises);
        if (read.isEmpty()) {
            return Optional.empty();
        }
        ProfileInputs in = read.get();
        LocalDate asOf = LocalDate.now(clock);
        LocalDate recentFrom = asOf.minusDays(RECENT_DAYS);
        Optional<CreditScore> credit = store.latestCreditScore(customerId);
        BehaviourSignals signals = ASSEMBLER.assemble(in.balances(), in.contacts(), in.promises(), asOf,
                credit.map(cs -> OptionalInt.of(cs.score())).orElseGet(OptionalInt::empty), null, null);
        BehaviourSignals earlier = ASSEMBLER.assemble(in.balances(), in.contacts(), in.promises(), asOf, OptionalInt.empty(),
                null, recentFrom);
        BehaviourSignals recent = ASSEMBLER.assemble(in.balances(), in.contacts(), in.promises(), asOf, OptionalInt.empty(),
                recentFrom, null);
        ConfigDocument classifierDoc = configs.current(ConfigKind.CLASSIFIER);
        ClassifierConfig classifier = configs.classifier();
        BehaviourSuggestion suggestion = new BehaviourClassifier(classifier, READER).classify(signals);

        Optional<StoredOverride> override = store.activeOverride(customerId);
        EffectiveProfile effective = new ProfileResolver(classifier.overrideRelease())
                .resolve(suggestion, override.map(ProfileServiceImpl::domain));
        if (effective.source() == EffectiveProfile.Source.OVERRIDE_RELEASED) {
            store.clearOverride(customerId, SYSTEM, clock.instant());
            log(customerId, SYSTEM, effective.why());
            override = Optional.empty();
        }
        DriftReport drift = DRIFT.detect(earlier, recent);
        RiskScore risk = RISK.score(signals, drift);

        String fingerprint = sha256(signals + "|" + credit.map(cs -> cs.id() + "").orElse("-") + "|" + earlier + "|" + recent
                + "|" + effective.type() + "|" + effective.source()
                + "|" + override.map(o -> o.id() + "").orElse("-") + "|classifier v" + classifierDoc.version());
        Optional<ProfileSnapshot> latest = store.latestSnapshot(customerId);
        ProfileSnapshot snapshot;
        Optional<ProfileSnapshot> previous;
        if (latest.isPresent() && latest.get().fingerprint().equals(fingerprint)) {
            snapshot = latest.get();
            List<ProfileSnapshot> two = store.snapshots(customerId, 2);
            previous = two.size() > 1 ? Optional.of(two.get(1)) : Optional.empty();
        } else {
            snapshot = store.saveSnapshot(new ProfileSnapshot(0, customerId, clock.instant(), effective.type(), suggestion.type(),
                    suggestion.confidence(), risk.score(), fingerprint, ConfigJson.write(names(suggestion.signalValues())),
                    ConfigJson.write(riskLines(risk, credit)),
                    ConfigJson.write(drift.reasons().stream().map(DriftReport.Reason::toString).toList())));
            previous = latest;
        }
        return Optional.of(new Computed(in, signals, suggestion, effective, override, risk, drift, snapshot, previous,
                credit));
    }

    private static List<String> driftReasons(Computed c) {
        return c.drift().reasons().stream().map(DriftReport.Reason::toString).toList();
    }

    /** The earliest due date still ahead among the open items: a drift flag is there to act before it. */
    private Optional<LocalDate> nextDueDate(Computed c) {
        LocalDate today = LocalDate.now(clock);
        return c.inputs().balances().stream().filter(b -> b.isOpenClaim() && b.item().dueDate() != null
                        && !b.item().dueDate().isBefore(today))
                .map(b -> b.item().dueDate()).min(LocalDate::compareTo);
    }

    /** The risk factors for the collector; the external score names its source and date. */
    private static List<CustomerProfile.RiskLine> riskLines(RiskScore risk, Optional<CreditScore> credit) {
        return risk.factors().stream().map(f -> new CustomerProfile.RiskLine(f.kind().name(), f.points(),
                f.kind() == RiskFactor.Kind.EXTERNAL_SCORE && credit.isPresent()
                        ? f.detail() + " from " + credit.get().source() + " as of " + credit.get().asOf()
                        : f.detail())).toList();
    }

    private CustomerProfile view(Computed c, String language) {
        Playbook playbook = configs.playbooks().forType(c.effective().type());
        PlaybookScript script = playbook.script(language);
        List<CustomerProfile.ExplanationLine> explanation = c.suggestion().explanation().stream()
                .map(ProfileServiceImpl::line).toList();
        return new CustomerProfile(c.inputs().customerId(), c.effective().type(), c.effective().source().name(),
                c.effective().why(), c.suggestion().type(), c.suggestion().confidence(), explanation,
                c.override().map(o -> new CustomerProfile.OverrideInfo(o.type(), o.reason(), o.by(), o.at())),
                new CustomerProfile.Risk(c.risk().score(), riskLines(c.risk(), c.credit())),
                new CustomerProfile.Drift(c.drift().drifting(), driftReasons(c), nextDueDate(c)),
                new CustomerProfile.PlaybookSummary(playbook.tone().name(), playbook.channels().stream().map(Enum::name).toList(),
                        "every " + playbook.cadence().everyDays() + " days by " + playbook.cadence().channel(),
                        playbook.offers().stream().map(Enum::name).toList(), script.talkingPoints(), playbook.escalation().name()),
                c.snapshot().computedAt(),
                c.previous().map(p -> new CustomerProfile.Previous(p.type(), p.suggestedType(), p.riskScore(), p.computedAt())),
                c.segment(), c.credit().map(cs -> new CustomerProfile.CreditScoreInfo(cs.score(), cs.source(), cs.asOf())));
    }

    private static CustomerProfile.ExplanationLine line(Evidence e) {
        String sign = e.contribution() >= 0 ? "+" : "";
        return new CustomerProfile.ExplanationLine(e.signal().name(), e.observed(),
                e.rule() + " (" + sign + String.format(Locale.ROOT, "%.2f", e.contribution()) + ")", e.why());
    }

    private static List<String> withDue(List<String> reasons, LocalDate due) {
        return java.util.stream.Stream.concat(reasons.stream(), java.util.stream.Stream.of("act before the next due date " + due))
                .toList();
    }

    private static ProfileOverride domain(StoredOverride o) {
        Map<String, Double> raw = ConfigJson.parse(o.signalsJson(), new TypeReference<Map<String, Double>>() { },
                "override signals");
        EnumMap<Signal, Double> signals = new EnumMap<>(Signal.class);
        raw.forEach((name, value) -> Arrays.stream(Signal.values()).filter(s -> s.name().equals(name)).findFirst()
                .ifPresent(s -> signals.put(s, value)));
        return new ProfileOverride(o.type(), o.reason(), o.by(), o.at(), o.suggestedAtOverride(), o.confidenceAtOverride(),
                signals);
    }

    private static Map<String, Double> names(Map<Signal, Double> values) {
        Map<String, Double> named = new LinkedHashMap<>();
        values.forEach((signal, value) -> named.put(signal.name(), value));
        return named;
    }

    private Customer customer(String customerId, Optional<CustomerMasterData> master) {
        String country = master.map(CustomerMasterData::country).filter(c -> c != null && !c.isBlank())
                .map(c -> c.strip().toUpperCase(Locale.ROOT)).orElse(fallbackCountry);
        String name = master.map(CustomerMasterData::name).filter(n -> !n.isBlank()).orElse(customerId);
        boolean email = master.map(CustomerMasterData::email).filter(e -> e != null && !e.isBlank()).isPresent();
        return new Customer(customerId, customerId, name, countries.language(country), country, countries.zone(country),
                email ? Channel.EMAIL : Channel.PHONE, List.of(), Optional.empty());
    }

    private void log(String customerId, String by, String text) {
        String notes = text.length() > NewContactEntry.MAX_NOTES ? text.substring(0, NewContactEntry.MAX_NOTES) : text;
        contactLog.append(NewContactEntry.of(customerId, clock.instant(), by, ContactChannel.NOTE, ContactDirection.OUT,
                ContactOutcome.NOTE, notes));
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }

    private static String choice(String value, String field) {
        List<String> allowed = "channel".equals(field)
                ? Arrays.stream(io.arrears.core.profile.Channel.values()).map(Enum::name).toList()
                : java.util.stream.Stream.concat(Arrays.stream(io.arrears.core.profile.OfferKind.values()).map(Enum::name),
                        java.util.stream.Stream.of(NO_OFFER)).toList();
        String wanted = value == null ? "" : value.strip().toUpperCase(Locale.ROOT);
        if (!allowed.contains(wanted)) {
            throw new IllegalArgumentException(field + " '" + (value == null ? "" : value) + "' is not one of " + allowed);
        }
        return wanted;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
