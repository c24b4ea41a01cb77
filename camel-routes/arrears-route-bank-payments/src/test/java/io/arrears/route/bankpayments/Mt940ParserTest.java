package io.arrears.route.bankpayments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.arrears.api.intake.BankTransaction;
import io.arrears.api.intake.CreditDebit;
import io.arrears.api.intake.IntakeParseException;
import io.arrears.api.money.Money;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class Mt940ParserTest {

    private final Mt940Parser parser = new Mt940Parser(StandardCharsets.ISO_8859_1);

    private List<BankTransaction> statement() {
        return parser.parse(TestResources.open("statement.mt940"), "statement.mt940");
    }

    @Test
    void readsSepaCreditWithStructuredInformation() {
        BankTransaction t = statement().get(0);

        assertThat(t.accountIban()).isEqualTo("37040044/0532013000");
        assertThat(t.valueDate()).isEqualTo(LocalDate.of(2025, 3, 5));
        assertThat(t.bookingDate()).isEqualTo(LocalDate.of(2025, 3, 5));
        assertThat(t.amount()).isEqualTo(Money.of("1428.00", "EUR"));
        assertThat(t.direction()).isEqualTo(CreditDebit.CREDIT);
        assertThat(t.bankReference()).isEqualTo("BANKREF-0001");
        assertThat(t.endToEndId()).isEqualTo("E2E-ACME-42");
        assertThat(t.debtorName()).isEqualTo("Baeckerei Mueller KG");
        assertThat(t.remittanceText()).isEqualTo("RF18 5390 0754 7034 Rechnung INV-2025-0042");
        assertThat(t.creditorReference()).isEqualTo("RF18539007547034");
    }

    @Test
    void readsDebitReversalAndMultiLineFreeText() {
        List<BankTransaction> all = statement();

        assertThat(all).hasSize(4);
        assertThat(all.get(1).direction()).isEqualTo(CreditDebit.DEBIT);
        assertThat(all.get(1).remittanceText()).isEqualTo("Kontofuehrungsgebuehr Maerz");
        BankTransaction reversal = all.get(2);
        assertThat(reversal.reversal()).isTrue();
        assertThat(reversal.direction()).as("RC reverses a credit: money out").isEqualTo(CreditDebit.DEBIT);
        assertThat(reversal.isIncomingPayment()).isFalse();
        assertThat(all.get(3).remittanceText())
                .isEqualTo("Payment for invoices INV-2025-0050 and INV-2025-0051, customer number 1001 thank you");
    }

    @Test
    void readsSeveralStatementsYearEndAndIdenticalLines() {
        List<BankTransaction> all = parser.parse(TestResources.open("two-statements.mt940"), "two.mt940");

        assertThat(all).hasSize(3);
        assertThat(all.get(0).contentKey()).isEqualTo(all.get(1).contentKey());
        assertThat(all).extracting(BankTransaction::occurrenceIndex).containsExactly(0, 1, 0);
        assertThat(all.get(2).valueDate()).isEqualTo(LocalDate.of(2024, 12, 31));
        assertThat(all.get(2).bookingDate()).isEqualTo(LocalDate.of(2025, 1, 2));
    }

    @Test
    void closingBalanceMismatchIsReportedOnItsLine() {
        String text = ":20:X\n:25:DE89370400440532013000\n:60F:C250304EUR100,00\n:61:250305C10,00NTRFNONREF\n"
                + ":62F:C250305EUR111,00\n";

        assertThatThrownBy(() -> parse(text))
                .isInstanceOfSatisfying(IntakeParseException.class, e -> {
                    assertThat(e.line()).isEqualTo(5);
                    assertThat(e.location()).isEqualTo(":62F:");
                    assertThat(e.reason()).contains("does not equal opening 100.00 EUR");
                });
    }

    @Test
    void badStatementLineNamesItsLine() {
        String text = ":20:X\n:25:DE89370400440532013000\n:60F:C250304EUR100,00\n:61:250305X10,00NTRFNONREF\n";

        assertThatThrownBy(() -> parse(text))
                .isInstanceOfSatisfying(IntakeParseException.class, e -> {
                    assertThat(e.line()).isEqualTo(4);
                    assertThat(e.reason()).contains("is not a statement line");
                });
    }

    @Test
    void statementLineBeforeOpeningBalanceIsAnError() {
        assertThatThrownBy(() -> parse(":20:X\n:25:DE89\n:61:250305C10,00NTRFNONREF\n"))
                .hasMessageContaining("line 3, :61:: :61: before :25: account and :60F:/:60M: opening balance");
    }

    @Test
    void invalidDateIsAnError() {
        assertThatThrownBy(() -> parse(":20:X\n:25:DE89\n:60F:C250230EUR1,00\n"))
                .hasMessageContaining("'250230' is not a date YYMMDD");
    }

    private List<BankTransaction> parse(String text) {
        return parser.parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.ISO_8859_1)), "inline.mt940");
    }
}
