package io.arrears.core.intake;

import io.arrears.api.intake.CustomerMasterData;
import io.arrears.api.intake.CustomerRepository;
import io.arrears.api.intake.IntakeDocument;
import io.arrears.api.intake.IntakeDocumentRepository;
import io.arrears.api.intake.PaymentOutcome;
import io.arrears.api.intake.ReceivedPayment;
import io.arrears.api.intake.ReceivedPaymentRepository;
import io.arrears.api.ledger.LedgerEvent;
import io.arrears.api.ledger.LedgerEventRepository;
import io.arrears.api.money.Money;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The intake's repositories in memory, for service tests without a database. */
final class InMemoryIntakeStore implements LedgerEventRepository, IntakeDocumentRepository, ReceivedPaymentRepository,
        CustomerRepository {

    final List<LedgerEvent> events = new ArrayList<>();
    private final Map<String, IntakeDocument> documents = new LinkedHashMap<>();
    private final Map<String, ReceivedPayment> payments = new LinkedHashMap<>();
    private final Map<String, CustomerMasterData> customers = new LinkedHashMap<>();

    @Override
    public void append(LedgerEvent event) {
        events.add(event);
    }

    @Override
    public List<LedgerEvent> findByCustomer(String customerId) {
        return events.stream().filter(e -> e.customerId().equals(customerId)).toList();
    }

    @Override
    public List<LedgerEvent> findAll() {
        return List.copyOf(events);
    }

    @Override
    public Optional<IntakeDocument> find(String source, String sourceDocumentId) {
        return Optional.ofNullable(documents.get(source + "|" + sourceDocumentId));
    }

    @Override
    public Optional<IntakeDocument> findByNumber(String customerId, String documentNumber) {
        return documents.values().stream()
                .filter(d -> d.customerId().equals(customerId) && d.documentNumber().equals(documentNumber))
                .findFirst();
    }

    @Override
    public void save(IntakeDocument document) {
        documents.put(document.source() + "|" + document.sourceDocumentId(), document);
    }

    @Override
    public boolean add(ReceivedPayment payment) {
        if (payments.containsKey(payment.deduplicationKey())) {
            return false;
        }
        payments.put(payment.deduplicationKey(), new ReceivedPayment(payments.size() + 1L, payment.source(),
                payment.transaction(), payment.outcome(), payment.customerId(), payment.reason(), payment.receivedAt(),
                payment.resolvedBy()));
        return true;
    }

    @Override
    public Optional<ReceivedPayment> findByKey(String deduplicationKey) {
        return Optional.ofNullable(payments.get(deduplicationKey));
    }

    @Override
    public Optional<ReceivedPayment> findById(long id) {
        return payments.values().stream().filter(p -> p.id() == id).findFirst();
    }

    @Override
    public List<ReceivedPayment> unmatched(int limit) {
        return payments.values().stream().filter(p -> p.outcome() == PaymentOutcome.UNMATCHED).limit(limit).toList();
    }

    @Override
    public List<ReceivedPayment> appliedWithAmount(Money amount) {
        return payments.values().stream()
                .filter(p -> p.outcome() == PaymentOutcome.MATCHED || p.outcome() == PaymentOutcome.RESOLVED)
                .filter(p -> p.transaction().amount().equals(amount))
                .toList();
    }

    @Override
    public boolean resolve(long id, String customerId, String resolvedBy, Instant at) {
        Optional<ReceivedPayment> found = findById(id).filter(p -> p.outcome() == PaymentOutcome.UNMATCHED);
        found.ifPresent(p -> payments.put(p.deduplicationKey(), new ReceivedPayment(p.id(), p.source(), p.transaction(),
                PaymentOutcome.RESOLVED, customerId, p.reason(), p.receivedAt(), resolvedBy)));
        return found.isPresent();
    }

    @Override
    public void upsert(CustomerMasterData customer) {
        customers.put(customer.erpCustomerId(), customer);
    }

    @Override
    public Optional<CustomerMasterData> find(String erpCustomerId) {
        return Optional.ofNullable(customers.get(erpCustomerId));
    }
}
