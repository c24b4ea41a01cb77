package io.arrears.core.escalation;

import io.arrears.api.agency.AgencyFeedback;
import io.arrears.api.agency.Approval;
import io.arrears.api.agency.ApprovalView;
import io.arrears.api.agency.FeedbackKind;
import io.arrears.api.agency.NewFeedback;
import io.arrears.api.agency.NewPlacement;
import io.arrears.api.agency.Placement;
import io.arrears.api.agency.PlacementRepository;
import io.arrears.api.agency.PlacementService;
import io.arrears.api.agency.PlacementStatus;
import io.arrears.api.contact.ContactEntry;
import io.arrears.api.contact.ContactLog;
import io.arrears.api.dunning.DunningNoticeRepository;
import io.arrears.api.dunning.NoticeMark;
import io.arrears.api.intake.CustomerMasterData;
import io.arrears.api.intake.CustomerRepository;
import io.arrears.api.ledger.ItemBalance;
import io.arrears.api.ledger.LedgerEvent;
import io.arrears.api.ledger.LedgerEventRepository;
import io.arrears.api.ledger.Payment;
import io.arrears.api.money.Money;
import io.arrears.api.partner.NewPartnerMessage;
import io.arrears.api.partner.PartnerKind;
import io.arrears.api.store.DuplicateKeyException;
import io.arrears.core.dunning.NoticeCharges;
import io.arrears.core.interest.RateTables;
import io.arrears.core.ledger.Ledger;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The agency handoff. Placements cover open claims of one customer only; a manager approves with the relationship
 * value shown; a collected payment reported by the agency is journaled in the ledger under the key
 * {@code agency:<agency>:<record id>} before its feedback row is stored, so a crash in between is repaired when the
 * same record is read again (the journal already has the key) and nothing is applied twice.
 */
public final class PlacementServiceImpl implements PlacementService {

    private static final int CONTACT_HISTORY_LIMIT = 1000;

    private final PlacementRepository placements;
    private final LedgerEventRepository journal;
    private final CustomerRepository customers;
    private final DunningNoticeRepository notices;
    private final ContactLog contactLog;
    private final PlacementCharges interestAndFees;
    private final PlacementDocuments documents;
    private final Clock clock;

    /** With the bundled interest rate tables only and no invoice copies. */
    public PlacementServiceImpl(PlacementRepository placements, LedgerEventRepository journal, CustomerRepository customers,
            DunningNoticeRepository notices, ContactLog contactLog, Clock clock) {
        this(placements, journal, customers, notices, contactLog, new PlacementCharges(new NoticeCharges(RateTables.bundledOnly())),
                new PlacementDocuments(Optional.empty(), "", country -> "en"), clock);
    }

    public PlacementServiceImpl(PlacementRepository placements, LedgerEventRepository journal, CustomerRepository customers,
            DunningNoticeRepository notices, ContactLog contactLog, PlacementCharges interestAndFees, PlacementDocuments documents,
            Clock clock) {
        this.interestAndFees = Objects.requireNonNull(interestAndFees, "interestAndFees");
        this.documents = Objects.requireNonNull(documents, "documents");
        this.placements = Objects.requireNonNull(placements, "placements");
        this.journal = Objects.requireNonNull(journal, "journal");
        this.customers = Objects.requireNonNull(customers, "customers");
        this.notices = Objects.requireNonNull(notices, "notices");
        this.contactLog = Objects.requireNonNull(contactLog, "contactLog");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Placement request(NewPlacement placement) {
        Ledger ledger = Ledger.replay(journal.findByCustomer(placement.customerId()));
        for (String itemId : placement.itemIds()) {
            ItemBalance balance = ledger.balance(itemId).filter(b -> b.item().customerId().equals(placement.customerId()))
                    .orElseThrow(() -> new IllegalArgumentException("customer '" + placement.customerId() + "' has no item '"
                            + itemId + "'"));
            if (!balance.isOpenClaim()) {
                throw new IllegalArgumentException("item '" + itemId + "' is " + balance.status() + ", only open claims can be placed");
            }
        }
        return placements.request(placement);
    }

    @Override
    public ApprovalView approvalView(long placementId) {
        Placement placement = require(placementId);
        LocalDate today = LocalDate.now(clock);
        Ledger ledger = Ledger.replay(journal.findByCustomer(placement.customerId()));
        return new ApprovalView(placement, debt(ledger, placement), RelationshipValue.of(ledger, placement.customerId(), today),
                RelationshipValue.windowStart(today), today);
    }

    @Override
    public Placement approve(long placementId, String manager) {
        ApprovalView view = approvalView(placementId);
        Placement placement = view.placement();
        if (placement.status() != PlacementStatus.REQUESTED) {
            throw new IllegalStateException("placement " + placement.reference() + " is " + placement.status() + ", not REQUESTED");
        }
        Approval approval = new Approval(manager, clock.instant(), view.relationshipValue(), view.debt());
        Placement approved = new Placement(placement.id(), placement.request(), PlacementStatus.APPROVED, Optional.of(approval),
                Optional.empty(), Optional.empty(), Optional.empty());
        String content = content(approved);
        if (content.length() > PlacementContent.MAX_LENGTH) {
            throw new IllegalArgumentException("placement " + placement.reference() + " with its documents is " + content.length()
                    + " characters, a partner message holds at most " + PlacementContent.MAX_LENGTH
                    + ": place the invoices in several placements");
        }
        return placements.approve(placementId, approval, new NewPartnerMessage(messageKey("placement", placementId),
                PartnerKind.AGENCY, placement.agencyId(), "placement", content));
    }

    @Override
    public Placement recall(long placementId, String by) {
        Placement placement = require(placementId);
        return placements.requestRecall(placementId, by, clock.instant(), new NewPartnerMessage(messageKey("recall", placementId),
                PartnerKind.AGENCY, placement.agencyId(), "recall", PlacementContent.recall(placement, by, clock.instant())));
    }

    @Override
    public synchronized Optional<AgencyFeedback> applyFeedback(NewFeedback feedback) {
        long placementId = placementId(feedback.placementReference());
        Placement placement = require(placementId);
        if (placements.findFeedback(feedback.agencyId(), feedback.externalId()).isPresent()) {
            return Optional.empty();
        }
        Optional<String> paymentKey = Optional.empty();
        if (feedback.kind() == FeedbackKind.PAYMENT) {
            paymentKey = Optional.of(journalPayment(placement, feedback));
        }
        return placements.recordFeedback(placementId, feedback, paymentKey);
    }

    private String journalPayment(Placement placement, NewFeedback feedback) {
        if (!placement.agencyId().equals(feedback.agencyId())) {
            throw new IllegalArgumentException("agency " + feedback.agencyId() + " reports a payment on placement "
                    + placement.reference() + " of agency " + placement.agencyId());
        }
        String key = "agency:" + feedback.agencyId() + ":" + feedback.externalId();
        Ledger ledger = Ledger.replay(journal.findByCustomer(placement.customerId()));
        boolean journaled = ledger.events().stream().filter(LedgerEvent.PaymentRecorded.class::isInstance)
                .anyMatch(e -> ((LedgerEvent.PaymentRecorded) e).payment().externalKey().equals(key));
        if (!journaled) {
            List<String> references = placement.itemIds().stream().map(ledger::balance).flatMap(Optional::stream)
                    .map(b -> b.item().documentNumber()).toList();
            Payment payment = Payment.of(key, placement.customerId(), feedback.valueDate().orElseThrow(),
                    feedback.amount().orElseThrow(), references);
            ledger.applyPayment(payment);
            try {
                journal.append(new LedgerEvent.PaymentRecorded(payment));
            } catch (DuplicateKeyException e) {
                // another node journaled the same record meanwhile: it is applied once, which is what we want
            }
        }
        return key;
    }

    @Override
    public Optional<Placement> find(long placementId) {
        return placements.find(placementId);
    }

    @Override
    public List<Placement> list(Optional<String> customerId, Optional<PlacementStatus> status, int limit) {
        return placements.list(customerId, status, limit);
    }

    @Override
    public List<AgencyFeedback> feedback(long placementId) {
        require(placementId);
        return placements.feedback(placementId);
    }

    private String content(Placement placement) {
        Ledger ledger = Ledger.replay(journal.findByCustomer(placement.customerId()));
        List<ItemBalance> placed = placement.itemIds().stream().map(ledger::balance).flatMap(Optional::stream).toList();
        List<ItemBalance> charges = ledger.balances(placement.customerId()).stream()
                .filter(b -> PlacementContent.chargedOn(b, placed)).toList();
        Map<String, NoticeMark> sent = new TreeMap<>(notices.history(placement.customerId()).lastNoticeByItem());
        sent.keySet().retainAll(placement.itemIds());
        List<ContactEntry> contacts = contactLog.entries(placement.customerId(), 0, CONTACT_HISTORY_LIMIT);
        Optional<CustomerMasterData> debtor = customers.find(placement.customerId());
        LocalDate placementDate = LocalDate.now(clock);
        NoticeCharges.Result atPlacement = interestAndFees.at(debtor.map(CustomerMasterData::country), placed,
                ledger.balances(placement.customerId()), placementDate);
        List<PlacementDocuments.Document> files = documents.of(debtor.map(CustomerMasterData::name).orElse(placement.customerId()),
                debtor.map(CustomerMasterData::country).orElse(""), placed, sent, contacts, placementDate);
        return PlacementContent.placement(placement, debtor, placed, charges, new PlacementContent.AtPlacement(placementDate,
                atPlacement), sent, contacts, files, clock.instant());
    }

    private static List<Money> debt(Ledger ledger, Placement placement) {
        Map<String, Money> byCurrency = new TreeMap<>();
        placement.itemIds().stream().map(ledger::balance).flatMap(Optional::stream)
                .forEach(b -> byCurrency.merge(b.outstanding().currencyCode(), b.outstanding(), Money::plus));
        return List.copyOf(byCurrency.values());
    }

    private Placement require(long placementId) {
        return placements.find(placementId)
                .orElseThrow(() -> new IllegalArgumentException("no placement with id " + placementId));
    }

    static String messageKey(String type, long id) {
        return type + "-" + id;
    }

    /** {@code ARR-P-12} → 12; anything else is refused. */
    static long placementId(String reference) {
        if (reference == null || !reference.matches("ARR-P-[1-9][0-9]{0,17}")) {
            throw new IllegalArgumentException("placement reference '" + reference + "' is not of the form ARR-P-<number>");
        }
        return Long.parseLong(reference.substring("ARR-P-".length()));
    }
}
