package io.arrears.core.intake;

import static io.arrears.core.intake.IntakeFixtures.cancellation;
import static io.arrears.core.intake.IntakeFixtures.credit;
import static io.arrears.core.intake.IntakeFixtures.invoice;
import static io.arrears.core.intake.IntakeFixtures.returnOf;
import static io.arrears.core.intake.IntakeFixtures.withReference;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.arrears.api.intake.BankTransaction;
import io.arrears.api.intake.ImportResult;
import io.arrears.api.intake.UnmatchedPayment;
import io.arrears.api.ledger.ItemBalance;
import io.arrears.api.ledger.ItemStatus;
import io.arrears.api.ledger.LedgerEvent;
import io.arrears.api.money.Money;
import io.arrears.core.ledger.Ledger;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class IntakeServiceImplTest {

    private static final LocalDate DUE = LocalDate.of(2025, 4, 2);
    private static final String RF = "RF18539007547034";

    private final InMemoryIntakeStore store = new InMemoryIntakeStore();
    private final IntakeServiceImpl service = new IntakeServiceImpl(store, store, store, store,
            new PaymentMatcher(InvoiceNumberExtractor.of("INV-\\d+")),
            Clock.fixed(Instant.parse("2025-04-05T10:00:00Z"), ZoneOffset.UTC));

    @Test
    void importingTheSameInvoicesTwiceRecordsThemOnce() {
        List<io.arrears.api.intake.InvoiceRecord> records = List.of(invoice("INV-1", "C1", "100.00", DUE, "h1"),
                invoice("INV-2", "C2", "50.00", DUE, "h2"));

        ImportResult first = service.importInvoices("csv", records);
        ImportResult second = service.importInvoices("csv", records);

        assertThat(first.created()).isEqualTo(2);
        assertThat(second.unchanged()).isEqualTo(2);
        assertThat(second.changedAnything()).isFalse();
        assertThat(store.events).hasSize(2);
        assertThat(store.find("C1")).get().extracting(c -> c.email()).isEqualTo("c1@example.com");
    }

    @Test
    void updatedInvoiceReplacesTheOpenAmount() {
        service.importInvoices("csv", List.of(invoice("INV-1", "C1", "100.00", DUE, "h1")));

        ImportResult result = service.importInvoices("csv", List.of(invoice("INV-1", "C1", "130.00", DUE.plusDays(7), "h2")));

        assertThat(result.updated()).isEqualTo(1);
        List<ItemBalance> open = ledger().balances("C1").stream().filter(ItemBalance::isOpenClaim).toList();
        assertThat(open).singleElement().satisfies(b -> {
            assertThat(b.outstanding()).isEqualTo(Money.of("130.00", "EUR"));
            assertThat(b.item().dueDate()).isEqualTo(DUE.plusDays(7));
        });
    }

    @Test
    void cancellationClosesTheInvoiceAndIsIdempotent() {
        service.importInvoices("csv", List.of(invoice("INV-1", "C1", "100.00", DUE, "h1")));

        ImportResult first = service.importInvoices("csv", List.of(cancellation("ST-1", "C1", "INV-1")));
        ImportResult again = service.importInvoices("csv", List.of(cancellation("ST-1", "C1", "INV-1")));

        assertThat(first.cancelled()).isEqualTo(1);
        assertThat(again.unchanged()).isEqualTo(1);
        assertThat(ledger().balance("csv:ERP-INV-1")).get().extracting(ItemBalance::status).isEqualTo(ItemStatus.CANCELLED);
    }

    @Test
    void aBadRecordIsReportedAndTheOthersImported() {
        ImportResult result = service.importInvoices("csv", List.of(invoice("INV-1", "C1", "100.00", null, "h1"),
                invoice("INV-2", "C1", "50.00", DUE, "h2")));

        assertThat(result.created()).isEqualTo(1);
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.record()).isEqualTo("INV-1");
            assertThat(p.reason()).contains("no due date");
        });
    }

    @Test
    void paymentsMatchByReferenceAndNumberAndQueueTheUnknown() {
        service.importInvoices("csv", List.of(withReference(invoice("INV-1", "C1", "100.00", DUE, "h1"), RF),
                invoice("INV-2", "C2", "50.00", DUE, "h2")));
        List<BankTransaction> statement = List.of(credit("100.00", "Someone", RF, null, "k1"),
                credit("50.00", "Customer C2", null, "payment INV-2 thanks", "k2"),
                credit("75.00", "Stranger Ltd", null, "for goods", "k3"));

        ImportResult result = service.importPayments("camt", statement);
        ImportResult again = service.importPayments("camt", statement);

        assertThat(result.matchedPayments()).isEqualTo(2);
        assertThat(result.unmatchedPayments()).isEqualTo(1);
        assertThat(again.unchanged()).isEqualTo(3);
        assertThat(again.changedAnything()).isFalse();
        assertThat(ledger().balance("csv:ERP-INV-1")).get().extracting(ItemBalance::status).isEqualTo(ItemStatus.PAID);
        assertThat(ledger().balance("csv:ERP-INV-2")).get().extracting(ItemBalance::status).isEqualTo(ItemStatus.PAID);
        assertThat(service.unmatchedPayments(10)).singleElement()
                .extracting(u -> u.transaction().debtorName()).isEqualTo("Stranger Ltd");
    }

    @Test
    void twoIdenticalTransactionsAreTwoPayments() {
        service.importInvoices("csv", List.of(withReference(invoice("INV-1", "C1", "200.00", DUE, "h1"), RF)));
        BankTransaction once = credit("100.00", "Customer C1", RF, null, "same");

        ImportResult result = service.importPayments("camt", List.of(once, once.withOccurrenceIndex(1)));

        assertThat(result.matchedPayments()).isEqualTo(2);
        assertThat(ledger().balance("csv:ERP-INV-1")).get().extracting(ItemBalance::status).isEqualTo(ItemStatus.PAID);
        assertThat(store.events).filteredOn(LedgerEvent.PaymentRecorded.class::isInstance)
                .extracting(e -> ((LedgerEvent.PaymentRecorded) e).payment().externalKey())
                .containsExactly("same#0", "same#1");
    }

    @Test
    void aReturnedPaymentReopensTheInvoice() {
        service.importInvoices("csv", List.of(withReference(invoice("INV-1", "C1", "100.00", DUE, "h1"), RF)));
        BankTransaction paid = credit("100.00", "Customer C1", RF, "INV-1", "k1");
        service.importPayments("camt", List.of(paid));

        ImportResult result = service.importPayments("camt", List.of(returnOf(paid, "r1")));

        assertThat(result.matchedPayments()).isEqualTo(1);
        assertThat(ledger().balance("csv:ERP-INV-1")).get().extracting(ItemBalance::outstanding)
                .isEqualTo(Money.of("100.00", "EUR"));
    }

    @Test
    void debitsAreIgnored() {
        BankTransaction fee = credit("5.00", null, null, "bank fee", "fee");
        BankTransaction debit = new BankTransaction(fee.accountIban(), fee.bookingDate(), null, fee.amount(),
                io.arrears.api.intake.CreditDebit.DEBIT, false, fee.status(), null, null, null, null, "fee", "fee", 0);

        assertThat(service.importPayments("camt", List.of(debit)).ignored()).isEqualTo(1);
    }

    @Test
    void aCollectorResolvesAQueuedPayment() {
        service.importInvoices("csv", List.of(invoice("INV-1", "C1", "100.00", DUE, "h1")));
        service.importPayments("camt", List.of(credit("100.00", "Unknown payer", null, "goods", "k9")));
        UnmatchedPayment waiting = service.unmatchedPayments(10).get(0);

        service.resolveUnmatched(waiting.id(), "C1", List.of("csv:ERP-INV-1"), "alice");

        assertThat(service.unmatchedPayments(10)).isEmpty();
        assertThat(ledger().balance("csv:ERP-INV-1")).get().extracting(ItemBalance::status).isEqualTo(ItemStatus.PAID);
        assertThatThrownBy(() -> service.resolveUnmatched(waiting.id(), "C1", List.of(), "bob"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("RESOLVED");
    }

    private Ledger ledger() {
        return Ledger.replay(store.events);
    }
}
