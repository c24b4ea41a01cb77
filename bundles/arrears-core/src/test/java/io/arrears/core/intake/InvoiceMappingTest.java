package io.arrears.core.intake;

import static io.arrears.core.intake.IntakeFixtures.cancellation;
import static io.arrears.core.intake.IntakeFixtures.creditNote;
import static io.arrears.core.intake.IntakeFixtures.invoice;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.arrears.api.intake.IntakeDocument;
import io.arrears.api.intake.InvoiceRecord;
import io.arrears.api.ledger.Item;
import io.arrears.api.ledger.ItemKind;
import io.arrears.api.ledger.LedgerEvent;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class InvoiceMappingTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 3, 20);
    private static final LocalDate DUE = LocalDate.of(2025, 4, 2);

    @Test
    void newInvoiceIsRecordedAsRevisionOne() {
        InvoiceChange change = InvoiceMapping.map("csv", invoice("INV-1", "C1", "100.00", DUE, "h1"), Optional.empty(),
                Optional.empty(), Optional.empty(), TODAY);

        assertThat(change.kind()).isEqualTo(InvoiceChange.Kind.CREATED);
        Item item = ((LedgerEvent.ItemRecorded) change.events().get(0)).item();
        assertThat(item.id()).isEqualTo("csv:ERP-INV-1");
        assertThat(item.customerId()).isEqualTo("C1");
        assertThat(item.dueDate()).isEqualTo(DUE);
        assertThat(change.document()).get().extracting(IntakeDocument::revision, IntakeDocument::contentHash)
                .containsExactly(1, "h1");
    }

    @Test
    void sameContentHashChangesNothing() {
        InvoiceRecord record = invoice("INV-1", "C1", "100.00", DUE, "h1");
        InvoiceChange first = created(record);

        InvoiceChange again = InvoiceMapping.map("csv", record, first.document(), Optional.of(itemOf(first)), Optional.empty(), TODAY);

        assertThat(again.kind()).isEqualTo(InvoiceChange.Kind.UNCHANGED);
        assertThat(again.events()).isEmpty();
        assertThat(again.document()).isEmpty();
    }

    @Test
    void changedAmountCancelsTheRevisionAndRecordsTheNext() {
        InvoiceChange first = created(invoice("INV-1", "C1", "100.00", DUE, "h1"));

        InvoiceChange changed = InvoiceMapping.map("csv", invoice("INV-1", "C1", "120.00", DUE.plusDays(10), "h2"),
                first.document(), Optional.of(itemOf(first)), Optional.empty(), TODAY);

        assertThat(changed.kind()).isEqualTo(InvoiceChange.Kind.UPDATED);
        LedgerEvent.ItemCancelled cancel = (LedgerEvent.ItemCancelled) changed.events().get(0);
        assertThat(cancel.itemId()).isEqualTo("csv:ERP-INV-1");
        assertThat(cancel.date()).isEqualTo(TODAY);
        assertThat(cancel.reason()).contains("revision 2", "100.00", "120.00", "due 2025-04-02 -> 2025-04-12");
        Item next = ((LedgerEvent.ItemRecorded) changed.events().get(1)).item();
        assertThat(next.id()).isEqualTo("csv:ERP-INV-1~r2");
        assertThat(next.documentNumber()).isEqualTo("INV-1");
        assertThat(changed.document()).get().extracting(IntakeDocument::revision).isEqualTo(2);
    }

    @Test
    void newHashWithTheSameLedgerItemOnlyStoresTheHash() {
        InvoiceRecord record = invoice("INV-1", "C1", "100.00", DUE, "h1");
        InvoiceChange first = created(record);
        InvoiceRecord newMail = new InvoiceRecord(record.sourceDocumentId(), record.documentNumber(), record.kind(),
                record.customerErpId(), record.customerName(), null, "DE", "new@example.com", record.issueDate(),
                record.dueDate(), record.amountPayable(), null, null, "h2");

        InvoiceChange change = InvoiceMapping.map("csv", newMail, first.document(), Optional.of(itemOf(first)), Optional.empty(), TODAY);

        assertThat(change.kind()).isEqualTo(InvoiceChange.Kind.UNCHANGED);
        assertThat(change.events()).isEmpty();
        assertThat(change.document()).get().extracting(IntakeDocument::contentHash).isEqualTo("h2");
    }

    @Test
    void cancellationCancelsTheReferencedDocument() {
        InvoiceChange first = created(invoice("INV-1", "C1", "100.00", DUE, "h1"));

        InvoiceChange change = InvoiceMapping.map("csv", cancellation("ST-1", "C1", "INV-1"), Optional.empty(),
                Optional.empty(), first.document(), TODAY);

        assertThat(change.kind()).isEqualTo(InvoiceChange.Kind.CANCELLED);
        assertThat(change.events()).containsExactly(
                new LedgerEvent.ItemCancelled("C1", "csv:ERP-INV-1", TODAY, "cancelled by ST-1"));
        assertThat(change.document()).get().extracting(IntakeDocument::cancelled).isEqualTo(true);
    }

    @Test
    void cancellationOfAnUnknownDocumentIsRejected() {
        assertThatThrownBy(() -> InvoiceMapping.map("csv", cancellation("ST-1", "C1", "INV-9"), Optional.empty(),
                Optional.empty(), Optional.empty(), TODAY))
                .isInstanceOf(IntakeRejection.class)
                .hasMessageContaining("INV-9");
    }

    @Test
    void creditNoteReferencesItsInvoiceAndIsDueAtIssue() {
        InvoiceChange change = InvoiceMapping.map("ubl", creditNote("CN-1", "C1", "30.00", "INV-1"), Optional.empty(),
                Optional.empty(), Optional.empty(), TODAY);

        Item item = ((LedgerEvent.ItemRecorded) change.events().get(0)).item();
        assertThat(item.kind()).isEqualTo(ItemKind.CREDIT_NOTE);
        assertThat(item.parentDocumentNumber()).contains("INV-1");
        assertThat(item.dueDate()).isEqualTo(item.issueDate());
    }

    @Test
    void invoiceWithoutDueDateIsRejected() {
        assertThatThrownBy(() -> created(invoice("INV-1", "C1", "100.00", null, "h1")))
                .isInstanceOf(IntakeRejection.class)
                .hasMessageContaining("INV-1 has no due date");
    }

    @Test
    void changedCustomerIsRejected() {
        InvoiceChange first = created(invoice("INV-1", "C1", "100.00", DUE, "h1"));

        assertThatThrownBy(() -> InvoiceMapping.map("csv", invoice("INV-1", "C2", "100.00", DUE, "h2"), first.document(),
                Optional.of(itemOf(first)), Optional.empty(), TODAY))
                .isInstanceOf(IntakeRejection.class)
                .hasMessageContaining("customer C1");
    }

    private static InvoiceChange created(InvoiceRecord record) {
        return InvoiceMapping.map("csv", record, Optional.empty(), Optional.empty(), Optional.empty(), TODAY);
    }

    private static Item itemOf(InvoiceChange change) {
        return ((LedgerEvent.ItemRecorded) change.events().get(change.events().size() - 1)).item();
    }
}
