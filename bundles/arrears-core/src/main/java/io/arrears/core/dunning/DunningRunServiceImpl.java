package io.arrears.core.dunning;

import io.arrears.api.dunning.CustomerProposal;
import io.arrears.api.dunning.DunningBlock;
import io.arrears.api.dunning.DunningBlockRepository;
import io.arrears.api.dunning.DunningNoticeRepository;
import io.arrears.api.dunning.DunningRunService;
import io.arrears.api.dunning.ExecutionDecision;
import io.arrears.api.dunning.NewNotice;
import io.arrears.api.dunning.NoticeDecision;
import io.arrears.api.dunning.NoticeHistory;
import io.arrears.api.dunning.NoticeStatus;
import io.arrears.api.dunning.ProposalState;
import io.arrears.api.dunning.RunExecution;
import io.arrears.api.dunning.RunProposal;
import io.arrears.api.dunning.RunSummary;
import io.arrears.api.dunning.SkippedCustomer;
import io.arrears.api.dunning.StoredNotice;
import io.arrears.api.intake.CustomerMasterData;
import io.arrears.api.intake.CustomerRepository;
import io.arrears.api.ledger.ContactRole;
import io.arrears.api.ledger.ItemBalance;
import io.arrears.api.ledger.LedgerEventRepository;
import io.arrears.core.interest.RateTables;
import io.arrears.core.ledger.Ledger;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.OptionalLong;

/**
 * The dunning run: {@link #propose} decides every customer with open claims and stores the proposals as
 * PROPOSED notices of a new run; {@link #execute} takes each pending notice through the repository's
 * exactly-once transaction, re-checking it against the customer's current journal first (a payment,
 * credit or new notice since the proposal cancels it, a closed contact window defers it).
 *
 * <p>The proposal's decision instant is the run date at the clock's current UTC time of day, so a run
 * for today decides "now" and a run for another date is reproducible. Execution decides at the clock's now.
 */
public final class DunningRunServiceImpl implements DunningRunService {

    /** Customers whose master data, notice history and blocks are read together. */
    private static final int CHUNK = 500;

    private final LedgerEventRepository journal;
    private final CustomerRepository customers;
    private final DunningNoticeRepository notices;
    private final DunningBlockRepository blocks;
    private final DunningPolicy policy;
    private final DunningEngine engine;
    private final LedgerDunningFacts facts;
    private final NoticeMessages messages;
    private final String triggeredBy;
    private final NoticeCharges charges;
    private final Clock clock;
    private final Function<String, DunningStyle> styles;

    /** Charges interest from the bundled rate tables only. */
    public DunningRunServiceImpl(LedgerEventRepository journal, CustomerRepository customers, DunningNoticeRepository notices,
            DunningBlockRepository blocks, DunningPolicy policy, HolidayCalendar holidays, LedgerDunningFacts facts, NoticeMessages messages,
            String triggeredBy, Clock clock) {
        this(journal, customers, notices, blocks, policy, holidays, facts, messages, triggeredBy,
                new NoticeCharges(RateTables.bundledOnly()), clock, id -> DunningStyle.NONE);
    }

    /**
     * @param charges interest, compensation and fees a notice carries
     * @param styles the customer's behaviour type and playbook channel order ({@link DunningStyle#NONE} when not
     *               profiled): the type goes to the proposal and picks the letter variant, the channel order picks the
     *               channel among those the level allows
     */
    public DunningRunServiceImpl(LedgerEventRepository journal, CustomerRepository customers, DunningNoticeRepository notices,
            DunningBlockRepository blocks, DunningPolicy policy, HolidayCalendar holidays, LedgerDunningFacts facts, NoticeMessages messages,
            String triggeredBy, NoticeCharges charges, Clock clock, Function<String, DunningStyle> styles) {
        this.charges = Objects.requireNonNull(charges, "charges");
        this.styles = Objects.requireNonNull(styles, "styles");
        this.journal = Objects.requireNonNull(journal, "journal");
        this.customers = Objects.requireNonNull(customers, "customers");
        this.notices = Objects.requireNonNull(notices, "notices");
        this.blocks = Objects.requireNonNull(blocks, "blocks");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.engine = new DunningEngine(holidays);
        this.facts = Objects.requireNonNull(facts, "facts");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.triggeredBy = Objects.requireNonNull(triggeredBy, "triggeredBy");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public RunProposal propose(LocalDate runDate) {
        Objects.requireNonNull(runDate, "runDate");
        Instant decisionInstant = runDate.atTime(LocalTime.ofInstant(clock.instant(), ZoneOffset.UTC)).toInstant(ZoneOffset.UTC);
        Clock decisionClock = Clock.fixed(decisionInstant, ZoneOffset.UTC);
        Ledger ledger = Ledger.replay(journal.findAll());
        long runId = notices.createRun(runDate, triggeredBy, clock.instant());
        List<CustomerProposal> proposals = new ArrayList<>();
        List<SkippedCustomer> skipped = new ArrayList<>();
        List<String> candidates = ledger.customerIds().stream().sorted()
                .filter(id -> ledger.balances(id).stream().anyMatch(ItemBalance::isOpenClaim)).toList();
        for (int from = 0; from < candidates.size(); from += CHUNK) {
            CustomerReads reads = read(candidates.subList(from, Math.min(candidates.size(), from + CHUNK)));
            List<Decided> decided = reads.customerIds().stream()
                    .map(customerId -> decide(customerId, reads, ledger, runId, runDate, decisionClock)).toList();
            for (Decided customer : stored(runId, runDate, decided)) {
                proposals.addAll(customer.proposals());
                customer.skipped().ifPresent(skipped::add);
            }
        }
        notices.completeIfDone(runId, clock.instant());
        return new RunProposal(runId, runDate, proposals, skipped);
    }

    /**
     * One customer's outcome: its notices to store (drafts, or once stored their proposals), and why it is skipped when it
     * is (a customer whose data fails half-way keeps the notices drafted before, as the run always did).
     */
    private record Decided(List<Draft> drafts, List<CustomerProposal> proposals, Optional<SkippedCustomer> skipped) {

        Decided stored(List<CustomerProposal> stored, Optional<SkippedCustomer> failed) {
            return new Decided(List.of(), stored, failed.isPresent() ? failed : skipped);
        }
    }

    /** A notice ready to store and what its proposal reports. */
    private record Draft(DunningProposal proposal, NewNotice notice) {
    }

    /** One customer's decision from the reads of its chunk: the notices to store, or the reason it is skipped. */
    private Decided decide(String customerId, CustomerReads reads, Ledger ledger, long runId, LocalDate runDate, Clock decisionClock) {
        Optional<CustomerMasterData> customer = reads.customer(customerId);
        if (customer.isEmpty()) {
            return skip(List.of(), customerId, "no customer master data: country and address unknown");
        }
        List<Draft> drafts = new ArrayList<>();
        try {
            NoticeHistory history = reads.history(customerId);
            List<DunningBlock> active = reads.blocks(customerId);
            DunningStyle style = styles.apply(customerId);
            DebtorFacts debtor = styled(facts.debtor(customer.get(), history, active), style);
            if (debtor.blockReason().isPresent()) {
                // the engine proposes nothing for a blocked customer; the run says why
                return skip(drafts, customerId, "customer blocked: " + debtor.blockReason().get());
            }
            List<DunningProposal> decided = engine.propose(policy, debtor,
                    facts.items(ledger, customerId, history, active), decisionClock);
            for (DunningProposal proposal : decided) {
                DunningProposal styledProposal = styled(proposal, style);
                NoticeCharges.Result charged = charges.charges(styledProposal, debtor.country(), ledger.balances(customerId), runDate);
                drafts.add(draft(runId, runDate, styledProposal, customer.get(), charged));
            }
            return new Decided(drafts, List.of(), Optional.empty());
        } catch (IllegalArgumentException e) {
            // one customer's bad data (unknown country, currency without a minimum) must not stop the run
            return skip(drafts, customerId, e.getMessage());
        }
    }

    private static Decided skip(List<Draft> drafts, String customerId, String reason) {
        return new Decided(List.copyOf(drafts), List.of(), Optional.of(new SkippedCustomer(customerId, reason)));
    }

    /**
     * Stores a chunk's notices in one call (one transaction in the store; the unique key decides per notice). When the
     * store refuses one of them, the chunk is stored notice by notice instead, so only that customer is skipped, as before.
     */
    private List<Decided> stored(long runId, LocalDate runDate, List<Decided> chunk) {
        List<NewNotice> all = chunk.stream().flatMap(c -> c.drafts().stream()).map(Draft::notice).toList();
        List<OptionalLong> ids;
        try {
            ids = notices.addNotices(runId, all, clock.instant());
        } catch (IllegalArgumentException e) {
            return chunk.stream().map(c -> storedOneByOne(runId, runDate, c)).toList();
        }
        List<Decided> stored = new ArrayList<>(chunk.size());
        int next = 0;
        for (Decided c : chunk) {
            List<CustomerProposal> proposals = new ArrayList<>();
            for (Draft draft : c.drafts()) {
                proposals.add(proposal(runDate, draft, ids.get(next++)));
            }
            stored.add(c.stored(proposals, Optional.empty()));
        }
        return stored;
    }

    private Decided storedOneByOne(long runId, LocalDate runDate, Decided c) {
        List<CustomerProposal> proposals = new ArrayList<>();
        for (Draft draft : c.drafts()) {
            try {
                proposals.add(proposal(runDate, draft, notices.addNotice(runId, draft.notice(), clock.instant())));
            } catch (IllegalArgumentException e) {
                return c.stored(proposals, Optional.of(new SkippedCustomer(draft.proposal().customerId(), e.getMessage())));
            }
        }
        return c.stored(proposals, Optional.empty());
    }

    /**
     * Master data, notice history and active blocks of a chunk of customers in a few round trips. When a bulk read
     * refuses one customer's data, the chunk falls back to reading customer by customer, so that customer alone is skipped
     * with the reason, as before.
     */
    private CustomerReads read(List<String> chunk) {
        try {
            return new CustomerReads(chunk, customers.findAll(chunk), notices.histories(chunk), blocks.activeOf(chunk), null);
        } catch (IllegalArgumentException e) {
            return new CustomerReads(chunk, null, null, null, this);
        }
    }

    /** A chunk's reads, or (perCustomer set) the per-customer reads of the service. */
    private record CustomerReads(List<String> customerIds, Map<String, CustomerMasterData> masterData,
            Map<String, NoticeHistory> histories, Map<String, List<DunningBlock>> blocks, DunningRunServiceImpl perCustomer) {

        Optional<CustomerMasterData> customer(String id) {
            return perCustomer != null ? perCustomer.customers.find(id) : Optional.ofNullable(masterData.get(id));
        }

        NoticeHistory history(String id) {
            return perCustomer != null ? perCustomer.notices.history(id) : histories.get(id);
        }

        List<DunningBlock> blocks(String id) {
            return perCustomer != null ? perCustomer.blocks.active(id) : blocks.getOrDefault(id, List.of());
        }
    }

    private static DebtorFacts styled(DebtorFacts d, DunningStyle style) {
        return style.type().isKnown()
                ? new DebtorFacts(d.customerId(), d.country(), d.zone(), d.language(), d.lastContact(), d.blockReason(),
                        Optional.of(style.type().name()))
                : d;
    }

    private static DunningProposal styled(DunningProposal p, DunningStyle style) {
        return new DunningProposal(p.customerId(), p.level(), p.levelName(), p.items(), p.total(), style.order(p.channels()),
                p.tone(), p.fee(), p.chargeInterest(), p.language(), p.behaviourTypeHint(), p.status(), p.notBefore(), p.reason());
    }

    private Draft draft(long runId, LocalDate runDate, DunningProposal proposal, CustomerMasterData customer,
            NoticeCharges.Result charged) {
        // any contact's e-mail will do: the recipient roles are chosen at execution, with a fallback (NoticeRecipients)
        boolean hasEmail = customer.email() != null && !customer.email().isBlank() || anyEmail(customer.erpCustomerId());
        return new Draft(proposal, NoticeDrafts.notice(proposal, runId, runDate, hasEmail, charged));
    }

    private static CustomerProposal proposal(LocalDate runDate, Draft draft, OptionalLong id) {
        DunningProposal proposal = draft.proposal();
        NewNotice notice = draft.notice();
        ProposalState state = id.isEmpty() ? ProposalState.ALREADY_PROPOSED
                : notice.deferred() ? ProposalState.DEFERRED : ProposalState.READY;
        String reason = id.isEmpty()
                ? "the customer already has a level " + proposal.level() + " notice dated " + runDate + " from an earlier run"
                : proposal.reason();
        return new CustomerProposal(id.orElse(0), proposal.customerId(), proposal.level(), proposal.levelName(), notice.lines(),
                notice.total(), notice.fee(), notice.channel(), state, proposal.notBefore(), reason, notice.charges(),
                notice.chargeNotes());
    }

    /** A contact list the store cannot read (e.g. a malformed e-mail) counts as none here; execution reports it. */
    private boolean anyEmail(String customerId) {
        try {
            return customers.contacts(customerId).stream().anyMatch(c -> c.email().isPresent());
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    @Override
    public RunExecution execute(long runId) {
        return execute(runId, OptionalLong.empty());
    }

    @Override
    public RunExecution execute(long runId, long fencingToken) {
        return execute(runId, OptionalLong.of(fencingToken));
    }

    @Override
    public List<Long> interruptedRuns(Duration idle) {
        return notices.interruptedRuns(clock.instant().minus(idle));
    }

    private RunExecution execute(long runId, OptionalLong fencingToken) {
        notices.run(runId).orElseThrow(() -> new IllegalArgumentException("no dunning run with id " + runId));
        // recorded first: if this node stops half-way, the leader resumes the run (see interruptedRuns)
        notices.startExecution(runId, fencingToken, clock.instant());
        List<NoticeDecision> decisions = new ArrayList<>();
        for (StoredNotice notice : notices.notices(runId)) {
            if (notice.status() != NoticeStatus.PROPOSED) {
                decisions.add(alreadyDone(notice));
                continue;
            }
            decisions.add(notices.execute(notice.id(), fencingToken, clock.instant(), this::decide));
        }
        notices.completeIfDone(runId, clock.instant());
        return new RunExecution(runId, decisions);
    }

    /** What the repository answers for a notice no longer PROPOSED, without its transaction (a resumed run skips fast). */
    private NoticeDecision alreadyDone(StoredNotice notice) {
        return new NoticeDecision(notice.id(), notice.proposal().customerId(), notice.proposal().level(),
                NoticeDecision.Outcome.ALREADY_DONE, notice.executedAt().orElse(clock.instant()),
                "already " + notice.status() + notice.outcomeReason().map(r -> ": " + r).orElse(""), 0);
    }

    /** Runs inside the repository's transaction, with the notice locked. */
    private ExecutionDecision decide(StoredNotice notice, NoticeHistory history) {
        String customerId = notice.proposal().customerId();
        Optional<CustomerMasterData> customer = customers.find(customerId);
        if (customer.isEmpty()) {
            return new ExecutionDecision.Cancel("customer " + customerId + " has no master data any more");
        }
        Ledger ledger = Ledger.replay(journal.findByCustomer(customerId));
        List<DunningBlock> active = blocks.active(customerId);
        DebtorFacts debtor = facts.debtor(customer.get(), history, active);
        RecheckResult result = engine.recheck(policy, NoticeDrafts.proposal(notice), debtor,
                facts.items(ledger, customerId, history, active), clock);
        return switch (result.outcome()) {
            case CANCEL -> new ExecutionDecision.Cancel(result.reason());
            case DEFER -> new ExecutionDecision.Defer(result.notBefore(), result.reason());
            case PROCEED -> send(notice, customer.get(), debtor, ledger, result.reason());
        };
    }

    private ExecutionDecision send(StoredNotice notice, CustomerMasterData customer, DebtorFacts debtor, Ledger ledger,
            String reason) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), debtor.zone());
        Optional<String> charged = notice.proposal().charges().stream().map(c -> c.claimId())
                .filter(id -> ledger.balance(id).isPresent()).findFirst();
        if (charged.isPresent()) {
            // another notice charged it since this one was proposed: a fee or interest is never charged twice
            return new ExecutionDecision.Cancel("charge " + charged.get() + " is already in the ledger");
        }
        DunningStyle style = styles.apply(customer.erpCustomerId());
        List<ContactRole> roles = style.recipients(policy.level(notice.proposal().level()).map(DunningLevel::recipients)
                .orElseGet(() -> DunningLevel.defaultRecipients(Tone.valueOf(notice.proposal().tone()))));
        try {
            NoticeRecipients.Choice recipient = NoticeRecipients.choose(roles, customers.contacts(customer.erpCustomerId()),
                    notice.proposal().channel());
            return new ExecutionDecision.Send(List.of(messages.message(notice.id(), notice.proposal(), customer,
                    debtor.country(), ledger, today, style.type(), recipient)), today, reason + "; " + recipient.describe(),
                    NoticeDrafts.claims(notice.proposal()));
        } catch (IllegalArgumentException e) {
            // the customer's data cannot make a message (e.g. a malformed e-mail address): this notice is dropped with
            // the reason, the run goes on; a broken letter template (LetterRenderingException) stops the run instead
            return new ExecutionDecision.Cancel("cannot compose the message: " + e.getMessage());
        }
    }

    @Override
    public List<RunSummary> runs(int limit) {
        return notices.runs(limit);
    }
}
