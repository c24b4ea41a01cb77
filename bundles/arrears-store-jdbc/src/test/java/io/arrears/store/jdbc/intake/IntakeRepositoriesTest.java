package io.arrears.store.jdbc.intake;

import static org.assertj.core.api.Assertions.assertThat;

import io.arrears.api.intake.BankTransaction;
import io.arrears.api.intake.BookingStatus;
import io.arrears.api.intake.CreditDebit;
import io.arrears.api.intake.CustomerMasterData;
import io.arrears.api.intake.IntakeDocument;
import io.arrears.api.intake.PaymentOutcome;
import io.arrears.api.intake.ReceivedPayment;
import io.arrears.api.money.Money;
import io.arrears.store.jdbc.DatabaseTest;
import io.arrears.store.jdbc.MigrationRunner;
import io.arrears.store.jdbc.TestDatabase;
import io.arrears.store.jdbc.ledger.JdbcCustomerRepository;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

class IntakeRepositoriesTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T08:00:00Z"), ZoneOffset.UTC);
    private static final BankTransaction TX = new BankTransaction("DE89370400440532013000", LocalDate.of(2026, 3, 1), null,
            Money.of("100.00", "EUR"), CreditDebit.CREDIT, false, BookingStatus.BOOKED, "E2E-1", "BANK-1", "Güneş İnşaat",
            "RF18539007547034", "INV-7", "a".repeat(64), 1);

    private static TestDatabase migrated(TestDatabase db) {
        MigrationRunner.forDataSource(db.dataSource(), CLOCK).migrate(db.dataSource());
        return db;
    }

    @DatabaseTest
    void documentsAreSavedReplacedAndFoundByNumber(TestDatabase db) {
        JdbcIntakeDocumentRepository documents = new JdbcIntakeDocumentRepository(migrated(db).dataSource(), CLOCK);
        IntakeDocument first = new IntakeDocument("csv", "ERP-1", "INV-1", "C1", "csv:ERP-1", 1, "h1", false);
        IntakeDocument second = new IntakeDocument("csv", "ERP-1", "INV-1", "C1", "csv:ERP-1~r2", 2, "h2", false);

        documents.save(first);
        documents.save(second);

        assertThat(documents.find("csv", "ERP-1")).contains(second);
        assertThat(documents.findByNumber("C1", "INV-1")).contains(second);
        assertThat(documents.findByNumber("C2", "INV-1")).isEmpty();
    }

    @DatabaseTest
    void aBankPaymentIsStoredOnceAndResolvedOnce(TestDatabase db) {
        JdbcReceivedPaymentRepository payments = new JdbcReceivedPaymentRepository(migrated(db).dataSource());
        ReceivedPayment waiting = new ReceivedPayment(0, "camt", TX, PaymentOutcome.UNMATCHED, null, "no match",
                CLOCK.instant(), null);

        assertThat(payments.add(waiting)).isTrue();
        assertThat(payments.add(waiting)).isFalse();
        ReceivedPayment stored = payments.findByKey(TX.deduplicationKey()).orElseThrow();
        assertThat(stored.transaction()).isEqualTo(TX);
        assertThat(payments.unmatched(10)).containsExactly(stored);

        assertThat(payments.resolve(stored.id(), "C1", "alice", CLOCK.instant())).isTrue();
        assertThat(payments.resolve(stored.id(), "C2", "bob", CLOCK.instant())).isFalse();
        assertThat(payments.unmatched(10)).isEmpty();
        assertThat(payments.appliedWithAmount(Money.of("100.00", "EUR"))).singleElement()
                .extracting(ReceivedPayment::customerId, ReceivedPayment::resolvedBy).containsExactly("C1", "alice");
    }

    @DatabaseTest
    void customerMasterDataIsUpsertedKeepingTheEmailWhenAbsent(TestDatabase db) {
        JdbcCustomerRepository customers = new JdbcCustomerRepository(migrated(db).dataSource(), CLOCK);

        customers.upsert(new CustomerMasterData("C1", "Acme", "DE", "ar@acme.example"));
        customers.upsert(new CustomerMasterData("C1", "Acme GmbH", "AT", null));

        assertThat(customers.find("C1")).contains(new CustomerMasterData("C1", "Acme GmbH", "AT", "ar@acme.example"));
        assertThat(customers.find("C2")).isEmpty();
    }
}
