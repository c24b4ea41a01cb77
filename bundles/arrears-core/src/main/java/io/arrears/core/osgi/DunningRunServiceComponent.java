package io.arrears.core.osgi;

import io.arrears.api.dunning.DunningBlockRepository;
import io.arrears.api.dunning.DunningNoticeRepository;
import io.arrears.api.dunning.DunningRunService;
import io.arrears.api.dunning.RunExecution;
import io.arrears.api.dunning.RunProposal;
import io.arrears.api.dunning.RunSummary;
import io.arrears.api.intake.CustomerRepository;
import io.arrears.api.metrics.ArrearsMeters;
import io.arrears.api.metrics.Metrics;
import java.time.Duration;
import io.arrears.api.ledger.LedgerEventRepository;
import io.arrears.core.dunning.CountryDefaults;
import io.arrears.core.dunning.CountryHolidayCalendar;
import io.arrears.core.dunning.CreditorDetails;
import io.arrears.core.dunning.DunningPolicy;
import io.arrears.core.dunning.DunningPolicyLoader;
import io.arrears.core.dunning.DunningRunServiceImpl;
import io.arrears.core.dunning.LedgerDunningFacts;
import io.arrears.core.dunning.LetterCreditor;
import io.arrears.core.dunning.NoticeLetters;
import io.arrears.core.dunning.NoticeMessages;
import io.arrears.core.dunning.NoticeCharges;
import io.arrears.core.interest.RateTables;
import io.arrears.api.letter.LetterRenderer;
import java.util.Optional;
import io.arrears.api.profile.ProfileService;
import io.arrears.core.dunning.ContactChannel;
import io.arrears.core.dunning.DunningStyle;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;

/**
 * Offers {@link DunningRunServiceImpl} as the {@link DunningRunService} once the journal, the customer master
 * data, the store's notice repository (which writes the outbox on its own connection) and its dunning blocks are there.
 */
@Component(service = DunningRunService.class, configurationPid = DunningRunConfig.PID)
@Designate(ocd = DunningRunConfig.class)
public class DunningRunServiceComponent implements DunningRunService {

    private final DunningRunService delegate;
    private final Metrics metrics;

    @Activate
    public DunningRunServiceComponent(DunningRunConfig config, @Reference LedgerEventRepository journal,
            @Reference CustomerRepository customers, @Reference DunningNoticeRepository notices,
            @Reference DunningBlockRepository blocks,
            @Reference(cardinality = ReferenceCardinality.OPTIONAL, policyOption = ReferencePolicyOption.GREEDY)
            LetterRenderer renderer, @Reference Metrics metrics,
            @Reference(cardinality = ReferenceCardinality.OPTIONAL, policyOption = ReferencePolicyOption.GREEDY)
            ProfileService profiles) {
        this.metrics = metrics;
        DunningPolicy policy = config.policy_file().isBlank()
                ? DunningPolicyLoader.loadDefault()
                : DunningPolicyLoader.load(Path.of(config.policy_file()));
        LedgerDunningFacts facts = new LedgerDunningFacts(
                CountryDefaults.bundled(ZoneId.of(config.default_zone()), config.default_language()), config.default_country());
        CreditorDetails creditor = new CreditorDetails(config.creditor_name(), config.creditor_iban(), config.creditor_bic());
        boolean lettersConfigured = renderer != null && !config.creditor_name().isBlank() && !config.creditor_iban().isBlank()
                && config.creditor_address().length > 0;
        Optional<NoticeLetters> letters = lettersConfigured
                ? Optional.of(new NoticeLetters(renderer, creditor,
                        new LetterCreditor(List.of(config.creditor_address()), config.creditor_country(), config.pay_within_days())))
                : Optional.empty();
        CountryHolidayCalendar holidays = new CountryHolidayCalendar();
        this.delegate = new DunningRunServiceImpl(journal, customers, notices, blocks, policy, holidays, facts,
                new NoticeMessages(creditor, config.collector(), letters), config.triggered_by(),
                new NoticeCharges(new RateTables(ratesFolder(config)), holidays), Clock.systemUTC(), id -> style(profiles, id));
    }

    /** The configured folder, else {@code ${karaf.etc}/arrears/interest}; none outside Karaf. */
    static Optional<Path> ratesFolder(DunningRunConfig config) {
        if (!config.interest_rates_folder().isBlank()) {
            return Optional.of(Path.of(config.interest_rates_folder()));
        }
        return Optional.ofNullable(System.getProperty("karaf.etc")).map(etc -> Path.of(etc, "arrears", "interest"));
    }

    /**
     * The customer's type in force, its playbook's channel order and escalation speed (which adjusts the level's recipient
     * roles); no profile service: the plain ladder.
     */
    static DunningStyle style(ProfileService profiles, String customerId) {
        if (profiles == null) {
            return DunningStyle.NONE;
        }
        return profiles.profile(customerId, "en")
                .map(p -> new DunningStyle(p.type(), p.playbook().channels().stream()
                        .map(name -> java.util.Arrays.stream(ContactChannel.values()).filter(c -> c.name().equals(name)).findFirst())
                        .flatMap(Optional::stream).toList(), p.playbook().escalationSpeed()))
                .orElse(DunningStyle.NONE);
    }

    @Override
    public RunProposal propose(LocalDate runDate) {
        long start = System.nanoTime();
        try {
            return delegate.propose(runDate);
        } finally {
            metrics.observe(ArrearsMeters.DUNNING_RUN_DURATION, Duration.ofNanos(System.nanoTime() - start), "propose");
        }
    }

    @Override
    public RunExecution execute(long runId) {
        long start = System.nanoTime();
        try {
            return delegate.execute(runId);
        } finally {
            metrics.observe(ArrearsMeters.DUNNING_RUN_DURATION, Duration.ofNanos(System.nanoTime() - start), "execute");
        }
    }

    @Override
    public RunExecution execute(long runId, long fencingToken) {
        return delegate.execute(runId, fencingToken);
    }

    @Override
    public List<Long> interruptedRuns(java.time.Duration idle) {
        return delegate.interruptedRuns(idle);
    }

    @Override
    public List<RunSummary> runs(int limit) {
        return delegate.runs(limit);
    }
}
