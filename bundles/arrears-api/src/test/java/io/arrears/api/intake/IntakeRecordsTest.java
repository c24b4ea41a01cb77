package io.arrears.api.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.arrears.api.money.Money;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class IntakeRecordsTest {

    @Test
    void invoiceRefusesNegativeAmount() {
        assertThatThrownBy(() -> new InvoiceRecord("A1", "A1", DocumentKind.INVOICE, "C1", "Acme", null, "DE", null,
                LocalDate.of(2025, 1, 1), null, Money.of("-1.00", "EUR"), null, null, "h"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("A1");
    }

    @Test
    void invoiceCurrencyComesFromAmount() {
        InvoiceRecord r = new InvoiceRecord("A1", "A1", DocumentKind.INVOICE, "C1", "Acme", null, "DE", null,
                LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 31), Money.of("10.00", "EUR"), null, null, "h");
        assertThat(r.currency()).isEqualTo("EUR");
    }

    @Test
    void transactionDeduplicationKeyIncludesOccurrence() {
        BankTransaction t = new BankTransaction("DE89370400440532013000", LocalDate.of(2025, 3, 1), null,
                Money.of("5.00", "EUR"), CreditDebit.CREDIT, false, BookingStatus.BOOKED, null, null, null, null, null,
                "key", 0);
        assertThat(t.deduplicationKey()).isEqualTo("key#0");
        assertThat(t.withOccurrenceIndex(1).deduplicationKey()).isEqualTo("key#1");
        assertThat(t.isIncomingPayment()).isTrue();
    }

    @Test
    void parseExceptionMessageNamesSourceLineAndLocation() {
        IntakeParseException e = new IntakeParseException("in.csv", 7, "column due_date", "'31.02.2025' is not a date");
        assertThat(e).hasMessage("in.csv, line 7, column due_date: '31.02.2025' is not a date");
        assertThat(e.line()).isEqualTo(7);
        assertThat(e.reason()).isEqualTo("'31.02.2025' is not a date");
    }
}
