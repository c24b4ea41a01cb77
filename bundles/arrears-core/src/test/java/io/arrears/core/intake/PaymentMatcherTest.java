package io.arrears.core.intake;

import static org.assertj.core.api.Assertions.assertThat;

import io.arrears.api.intake.BankTransaction;
import io.arrears.api.intake.BookingStatus;
import io.arrears.api.intake.CreditDebit;
import io.arrears.api.money.Money;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PaymentMatcherTest {

    private final PaymentMatcher matcher = new PaymentMatcher(InvoiceNumberExtractor.of("INV-\\d{4}-\\d{4}"));

    private static BankTransaction payment(String amount, String debtor, String creditorRef, String text) {
        return new BankTransaction("DE89370400440532013000", LocalDate.of(2025, 3, 5), null, Money.of(amount, "EUR"),
                CreditDebit.CREDIT, false, BookingStatus.BOOKED, null, null, debtor, creditorRef, text, "k", 0);
    }

    private static MatchCandidate item(String id, String number, String ref, String residual, String name) {
        return new MatchCandidate(id, "C-" + name.length(), number, ref, Money.of(residual, "EUR"), name);
    }

    private final MatchCandidate inv42 = item("I-42", "INV-2025-0042", "RF18539007547034", "1428.00", "Bäckerei Müller KG");
    private final MatchCandidate inv50 = item("I-50", "INV-2025-0050", null, "50.00", "Acme Trading Inc.");
    private final MatchCandidate inv51 = item("I-51", "INV-2025-0051", null, "25.00", "Acme Trading Inc.");
    private final MatchCandidate inv60 = item("I-60", "INV-2025-0060", null, "99.00", "Güneş İnşaat Ltd. Şti.");

    @Test
    void structuredReferenceWinsFirst() {
        MatchResult r = matcher.match(payment("1000.00", "Someone", "RF18 5390 0754 7034", "INV-2025-0050"),
                List.of(inv42, inv50, inv51));

        assertThat(r.rule()).isEqualTo(MatchRule.STRUCTURED_REFERENCE);
        assertThat(r.items()).containsExactly(inv42);
    }

    @Test
    void twoItemsWithTheSameReferenceAreAmbiguous() {
        MatchCandidate twin = item("I-43", "INV-2025-0043", "RF18539007547034", "10.00", "Other");

        MatchResult r = matcher.match(payment("1428.00", null, "RF18539007547034", null), List.of(inv42, twin));

        assertThat(r.isMatched()).isFalse();
        assertThat(r.items()).isEmpty();
        assertThat(r.reason()).startsWith("ambiguous").contains("I-42", "I-43");
    }

    @Test
    void invoiceNumberInTextMatches() {
        MatchResult r = matcher.match(payment("50.00", null, null, "Rechnung INV-2025-0050 danke"), List.of(inv42, inv50, inv51));

        assertThat(r.rule()).isEqualTo(MatchRule.INVOICE_NUMBER_IN_TEXT);
        assertThat(r.items()).containsExactly(inv50);
    }

    @Test
    void severalNumbersMatchOnlyWhenResidualsAddUp() {
        BankTransaction exact = payment("75.00", null, null, "INV-2025-0050 and INV-2025-0051");
        BankTransaction partial = payment("60.00", null, null, "INV-2025-0050 and INV-2025-0051");

        MatchResult both = matcher.match(exact, List.of(inv50, inv51));
        MatchResult unclear = matcher.match(partial, List.of(inv50, inv51));

        assertThat(both.rule()).isEqualTo(MatchRule.INVOICE_NUMBER_IN_TEXT);
        assertThat(both.items()).containsExactly(inv50, inv51);
        assertThat(unclear.rule()).isEqualTo(MatchRule.UNMATCHED);
        assertThat(unclear.reason()).startsWith("ambiguous");
    }

    @Test
    void uniqueAmountAndNameMatchesDespiteCaseDiacriticsAndTruncation() {
        MatchResult r = matcher.match(payment("99.00", "GUNES INSAAT LTD", null, "odeme"), List.of(inv60, inv50));

        assertThat(r.rule()).isEqualTo(MatchRule.AMOUNT_AND_NAME);
        assertThat(r.items()).containsExactly(inv60);
    }

    @Test
    void twoCandidatesWithSameAmountAndNameAreAmbiguous() {
        MatchCandidate sameAgain = item("I-61", "INV-2025-0061", null, "99.00", "Güneş İnşaat Ltd. Şti.");

        MatchResult r = matcher.match(payment("99.00", "Güneş İnşaat", null, null), List.of(inv60, sameAgain));

        assertThat(r.rule()).isEqualTo(MatchRule.UNMATCHED);
        assertThat(r.reason()).startsWith("ambiguous");
    }

    @Test
    void nameMustMatchWholeWordsNotJustAmount() {
        MatchResult r = matcher.match(payment("99.00", "Gunesli Yapi", null, null), List.of(inv60));

        assertThat(r.rule()).isEqualTo(MatchRule.UNMATCHED);
        assertThat(r.reason()).startsWith("no open item matches");
    }

    @Test
    void otherCurrencyAndOutgoingPaymentsNeverMatch() {
        MatchCandidate pln = new MatchCandidate("P-1", "C", "INV-2025-0050", null, Money.of("50.00", "PLN"), "Acme");
        BankTransaction debit = new BankTransaction("DE89370400440532013000", LocalDate.of(2025, 3, 5), null,
                Money.of("50.00", "EUR"), CreditDebit.DEBIT, false, BookingStatus.BOOKED, null, null, null, null,
                "INV-2025-0050", "k", 0);

        assertThat(matcher.match(payment("50.00", null, null, "INV-2025-0050"), List.of(pln)).rule())
                .isEqualTo(MatchRule.UNMATCHED);
        assertThat(matcher.match(debit, List.of(inv50)).reason()).startsWith("not an incoming booked payment");
    }
}
