package io.arrears.core.intake;

import io.arrears.api.intake.BankTransaction;
import io.arrears.api.intake.CustomerMasterData;
import io.arrears.api.intake.CustomerRepository;
import io.arrears.api.intake.DocumentKind;
import io.arrears.api.intake.ImportResult;
import io.arrears.api.intake.IntakeDocument;
import io.arrears.api.intake.IntakeDocumentRepository;
import io.arrears.api.intake.IntakeService;
import io.arrears.api.intake.InvoiceRecord;
import io.arrears.api.intake.PaymentOutcome;
import io.arrears.api.intake.ReceivedPayment;
import io.arrears.api.intake.ReceivedPaymentRepository;
import io.arrears.api.intake.UnmatchedPayment;
import io.arrears.api.ledger.Item;
import io.arrears.api.ledger.ItemBalance;
import io.arrears.api.ledger.LedgerEvent;
import io.arrears.api.ledger.LedgerEventRepository;
import io.arrears.api.ledger.LedgerException;
import io.arrears.api.ledger.Payment;
import io.arrears.core.ledger.Ledger;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The intake: documents and payments into the journaled ledger, each exactly once.
 *
 * <p>Every call rebuilds the ledger from the journal, decides per record, and journals an event only
 * after the ledger accepted it. A record's events are journaled before its bookkeeping row (document
 * or received payment) is written, so a crash in between is repaired by the next import of the same
 * file: the ledger then recognises the event as a repeat. Store failures propagate (the route
 * redelivers); a record the domain refuses becomes a problem in the result and the others go on.
 * Calls are serialised in this instance; across nodes the routes' database idempotent repository keeps
 * one file on one node, and the journal's unique payment key refuses a payment journaled twice.
 */
public final class IntakeServiceImpl implements IntakeService {

    private final LedgerEventRepository journal;
    private final IntakeDocumentRepository documents;
    private final ReceivedPaymentRepository payments;
    private final CustomerRepository customers;
    private final PaymentMatcher matcher;
    private final Clock clock;

    public IntakeServiceImpl(LedgerEventRepository journal, IntakeDocumentRepository documents,
            ReceivedPaymentRepository payments, CustomerRepository customers, PaymentMatcher matcher, Clock clock) {
        this.journal = Objects.requireNonNull(journal, "journal");
        this.documents = Objects.requireNonNull(documents, "documents");
        this.payments = Objects.requireNonNull(payments, "payments");
        this.customers = Objects.requireNonNull(customers, "customers");
        this.matcher = Objects.requireNonNull(matcher, "matcher");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public synchronized ImportResult importInvoices(String source, List<InvoiceRecord> records) {
        requireSource(source);
        // invoices touch only their own customer's ledger: replay those customers, not the whole journal
        Map<String, Ledger> ledgers = new HashMap<>();
        LocalDate today = LocalDate.now(clock);
        ImportTally tally = new ImportTally();
        for (InvoiceRecord record : records) {
            try {
                Optional<IntakeDocument> stored = documents.find(source, record.sourceDocumentId());
                Optional<Item> current = stored.flatMap(d -> ledgerOf(d.customerId(), ledgers).balance(d.itemId()))
                        .map(ItemBalance::item);
                Optional<IntakeDocument> referenced = record.kind() == DocumentKind.CANCELLATION
                        ? documents.findByNumber(InvoiceMapping.customerId(record), InvoiceMapping.targetOf(record))
                        : Optional.empty();
                InvoiceChange change = InvoiceMapping.map(source, record, stored, current, referenced, today);
                if (record.kind() != DocumentKind.CANCELLATION) {
                    customers.upsert(new CustomerMasterData(InvoiceMapping.customerId(record), record.customerName(),
                            record.country(), record.email(), record.customerSegment()));
                }
                for (LedgerEvent event : change.events()) {
                    if (ledgerOf(event.customerId(), ledgers).apply(event)) {
                        journal.append(event);
                    }
                }
                change.document().ifPresent(documents::save);
                tally.count(change.kind());
            } catch (IntakeRejection | LedgerException e) {
                tally.problem(record.documentNumber(), e.getMessage());
            }
        }
        return tally.result();
    }

    private Ledger ledgerOf(String customerId, Map<String, Ledger> ledgers) {
        return ledgers.computeIfAbsent(customerId, id -> Ledger.replay(journal.findByCustomer(id)));
    }

    @Override
    public synchronized ImportResult importPayments(String source, List<BankTransaction> transactions) {
        requireSource(source);
        Ledger ledger = Ledger.replay(journal.findAll());
        Set<String> journaled = paymentKeys(ledger);
        Map<String, String> names = new HashMap<>();
        ImportTally tally = new ImportTally();
        for (BankTransaction transaction : transactions) {
            String key = transaction.deduplicationKey();
            if (payments.findByKey(key).isPresent() || journaled.contains(key)) {
                tally.unchanged++;
            } else if (PaymentMapping.isReturnOfPayment(transaction)) {
                reverse(source, transaction, ledger, tally);
            } else if (!transaction.isIncomingPayment()) {
                tally.ignored++;
            } else {
                match(source, transaction, ledger, names, tally);
            }
        }
        return tally.result();
    }

    private void match(String source, BankTransaction transaction, Ledger ledger, Map<String, String> names,
            ImportTally tally) {
        MatchResult result = matcher.match(transaction, candidates(ledger, names));
        Set<String> matchedCustomers = result.items().stream().map(MatchCandidate::customerId).collect(Collectors.toSet());
        if (!result.isMatched() || matchedCustomers.size() != 1) {
            String reason = result.isMatched()
                    ? "ambiguous: the matched items belong to customers " + matchedCustomers + " (" + result.reason() + ")"
                    : result.reason();
            payments.add(new ReceivedPayment(0, source, transaction, PaymentOutcome.UNMATCHED, null, reason, clock.instant(), null));
            tally.unmatched++;
            return;
        }
        String customerId = matchedCustomers.iterator().next();
        List<String> references = result.items().stream().map(MatchCandidate::documentNumber).distinct().toList();
        Payment payment = PaymentMapping.payment(transaction, customerId, references);
        ledger.applyPayment(payment);
        journal.append(new LedgerEvent.PaymentRecorded(payment));
        payments.add(new ReceivedPayment(0, source, transaction, PaymentOutcome.MATCHED, customerId,
                result.rule() + ": " + result.reason(), clock.instant(), null));
        tally.matched++;
    }

    private void reverse(String source, BankTransaction transaction, Ledger ledger, ImportTally tally) {
        List<ReceivedPayment> originals = payments.appliedWithAmount(transaction.amount()).stream()
                .filter(p -> PaymentMapping.reverses(transaction, p.transaction()))
                .toList();
        if (originals.size() != 1) {
            tally.problem(transaction.deduplicationKey(), "reversal of " + transaction.amount() + " booked "
                    + transaction.bookingDate() + " names " + (originals.isEmpty() ? "no" : originals.size())
                    + " applied payments by end-to-end id, creditor reference or text; book it by hand");
            return;
        }
        ReceivedPayment original = originals.get(0);
        Payment originalPayment = ledger.events().stream()
                .filter(LedgerEvent.PaymentRecorded.class::isInstance)
                .map(e -> ((LedgerEvent.PaymentRecorded) e).payment())
                .filter(p -> p.externalKey().equals(original.deduplicationKey()))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("payment " + original.deduplicationKey()
                        + " is recorded as applied but missing from the ledger journal"));
        Payment reversal = PaymentMapping.reversal(transaction, originalPayment);
        try {
            ledger.applyPayment(reversal);
        } catch (LedgerException e) {
            tally.problem(transaction.deduplicationKey(), e.getMessage());
            return;
        }
        journal.append(new LedgerEvent.PaymentRecorded(reversal));
        payments.add(new ReceivedPayment(0, source, transaction, PaymentOutcome.REVERSED, originalPayment.customerId(),
                "reverses " + original.deduplicationKey(), clock.instant(), null));
        tally.matched++;
    }

    @Override
    public List<UnmatchedPayment> unmatchedPayments(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, was " + limit);
        }
        return payments.unmatched(limit).stream()
                .map(p -> new UnmatchedPayment(p.id(), p.source(), p.transaction(), p.reason(), p.receivedAt()))
                .toList();
    }

    @Override
    public synchronized void resolveUnmatched(long id, String customerId, List<String> itemIds, String resolvedBy) {
        if (customerId == null || customerId.isBlank()) {
            throw new IllegalArgumentException("customerId is required to resolve payment " + id);
        }
        if (resolvedBy == null || resolvedBy.isBlank()) {
            throw new IllegalArgumentException("resolvedBy is required to resolve payment " + id);
        }
        ReceivedPayment waiting = payments.findById(id)
                .orElseThrow(() -> new IllegalArgumentException("no received payment with id " + id));
        if (waiting.outcome() != PaymentOutcome.UNMATCHED) {
            throw new IllegalArgumentException("payment " + id + " is " + waiting.outcome() + ", not waiting for a collector");
        }
        Ledger ledger = Ledger.replay(journal.findByCustomer(customerId));
        List<String> references = new ArrayList<>();
        for (String itemId : itemIds) {
            Item item = ledger.balance(itemId).map(ItemBalance::item)
                    .orElseThrow(() -> new IllegalArgumentException("customer " + customerId + " has no item " + itemId));
            references.add(item.documentNumber());
        }
        Payment payment = PaymentMapping.payment(waiting.transaction(), customerId, references);
        ledger.applyPayment(payment);
        // the journal's unique payment key refuses a second collector resolving the same payment differently
        journal.append(new LedgerEvent.PaymentRecorded(payment));
        payments.resolve(id, customerId, resolvedBy, clock.instant());
    }

    /** Open claims of every customer, with the customer's name for the payer-name rule. */
    private List<MatchCandidate> candidates(Ledger ledger, Map<String, String> names) {
        List<MatchCandidate> candidates = new ArrayList<>();
        for (String customerId : ledger.customerIds()) {
            for (ItemBalance balance : ledger.balances(customerId)) {
                if (balance.isOpenClaim()) {
                    Item item = balance.item();
                    String name = names.computeIfAbsent(customerId,
                            id -> customers.find(id).map(CustomerMasterData::name).orElse(""));
                    candidates.add(new MatchCandidate(item.id(), customerId, item.documentNumber(),
                            item.paymentReference().orElse(null), balance.outstanding(), name));
                }
            }
        }
        return candidates;
    }

    private static Set<String> paymentKeys(Ledger ledger) {
        return ledger.events().stream()
                .filter(LedgerEvent.PaymentRecorded.class::isInstance)
                .map(e -> ((LedgerEvent.PaymentRecorded) e).payment().externalKey())
                .collect(Collectors.toSet());
    }

    private static void requireSource(String source) {
        if (source == null || source.isBlank()) {
            throw new IllegalArgumentException("source is required (the integration the records came from)");
        }
    }
}
