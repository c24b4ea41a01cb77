package io.arrears.route.bankpayments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.arrears.api.intake.BankTransaction;
import io.arrears.api.intake.BookingStatus;
import io.arrears.api.intake.CreditDebit;
import io.arrears.api.intake.IntakeParseException;
import io.arrears.api.money.Money;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CamtParserTest {

    private final CamtParser parser = new CamtParser();

    private List<BankTransaction> v08() {
        return parser.parse(TestResources.open("camt053-v08.xml"), "camt053-v08.xml");
    }

    @Test
    void readsSingleCreditWithStructuredReference() {
        BankTransaction t = v08().get(0);

        assertThat(t.accountIban()).isEqualTo("DE89370400440532013000");
        assertThat(t.bookingDate()).isEqualTo(LocalDate.of(2025, 3, 5));
        assertThat(t.valueDate()).isEqualTo(LocalDate.of(2025, 3, 5));
        assertThat(t.amount()).isEqualTo(Money.of("1428.00", "EUR"));
        assertThat(t.direction()).isEqualTo(CreditDebit.CREDIT);
        assertThat(t.reversal()).isFalse();
        assertThat(t.status()).isEqualTo(BookingStatus.BOOKED);
        assertThat(t.endToEndId()).isEqualTo("E2E-ACME-42");
        assertThat(t.bankReference()).isEqualTo("BANKREF-0001");
        assertThat(t.debtorName()).isEqualTo("Bäckerei Müller KG");
        assertThat(t.creditorReference()).isEqualTo("RF18539007547034");
        assertThat(t.remittanceText()).isNull();
        assertThat(t.isIncomingPayment()).isTrue();
    }

    @Test
    void splitsBatchEntryIntoItsTransactionDetails() {
        List<BankTransaction> all = v08();
        BankTransaction a = all.get(1);
        BankTransaction b = all.get(2);

        assertThat(a.amount()).isEqualTo(Money.of("200.00", "EUR"));
        assertThat(a.endToEndId()).as("NOTPROVIDED is no id").isNull();
        assertThat(a.bankReference()).isEqualTo("BANKREF-0002-1");
        assertThat(a.remittanceText()).isEqualTo("Faktura FV/2025/03/001 dziekujemy");
        assertThat(a.valueDate()).isEqualTo(LocalDate.of(2025, 3, 6));
        assertThat(b.amount()).isEqualTo(Money.of("150.50", "EUR"));
        assertThat(b.debtorName()).isEqualTo("Nowak Handel");
        assertThat(b.endToEndId()).isEqualTo("E2E-77");
    }

    @Test
    void readsReversalAndPendingEntries() {
        List<BankTransaction> all = v08();
        BankTransaction reversal = all.get(3);
        BankTransaction pending = all.get(4);

        assertThat(reversal.direction()).isEqualTo(CreditDebit.DEBIT);
        assertThat(reversal.reversal()).isTrue();
        assertThat(reversal.remittanceText()).isEqualTo("RUECKBUCHUNG");
        assertThat(reversal.isIncomingPayment()).isFalse();
        assertThat(pending.status()).isEqualTo(BookingStatus.PENDING);
        assertThat(pending.bookingDate()).isEqualTo(LocalDate.of(2025, 3, 5));
        assertThat(pending.valueDate()).isNull();
    }

    @Test
    void identicalTransactionsBothCountAndReimportGivesSameKeys() {
        List<BankTransaction> first = v08();
        BankTransaction x = first.get(5);
        BankTransaction y = first.get(6);

        assertThat(first).hasSize(7);
        assertThat(x.contentKey()).isEqualTo(y.contentKey());
        assertThat(x.occurrenceIndex()).isZero();
        assertThat(y.occurrenceIndex()).isEqualTo(1);
        assertThat(first).extracting(BankTransaction::deduplicationKey).doesNotHaveDuplicates();
        assertThat(v08()).extracting(BankTransaction::deduplicationKey)
                .containsExactlyElementsOf(first.stream().map(BankTransaction::deduplicationKey).toList());
    }

    @Test
    void readsVersion02StatementWithAmountDetailsAndFlatDebtorName() {
        List<BankTransaction> all = parser.parse(TestResources.open("camt053-v02.xml"), "v02.xml");

        assertThat(all).singleElement().satisfies(t -> {
            assertThat(t.amount()).isEqualTo(Money.of("2460.00", "PLN"));
            assertThat(t.status()).isEqualTo(BookingStatus.BOOKED);
            assertThat(t.debtorName()).isEqualTo("Zakład Usług Różnych „Łęcki” Sp. z o.o.");
            assertThat(t.remittanceText()).isEqualTo("Zapłata za FV 12/2025");
        });
    }

    @Test
    void readsCamt054NotificationWithOtherAccountIdAndEntryAmount() {
        List<BankTransaction> all = parser.parse(TestResources.open("camt054-v04.xml"), "v04.xml");

        assertThat(all).singleElement().satisfies(t -> {
            assertThat(t.accountIban()).isEqualTo("TR330006100519786457841326");
            assertThat(t.amount()).isEqualTo(Money.of("12000.00", "TRY"));
            assertThat(t.debtorName()).isEqualTo("GÜNEŞ İNŞAAT LTD ŞTİ");
            assertThat(t.endToEndId()).isEqualTo("EFT20250520-1");
        });
    }

    @Test
    void refusesUnsupportedMessage() {
        String xml = "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:pain.001.001.09\"/>";

        assertThatThrownBy(() -> parser.parse(stream(xml), "pain.xml"))
                .isInstanceOf(IntakeParseException.class)
                .hasMessageContaining("not a supported camt message");
    }

    @Test
    void namesLineAndElementOfBadAmount() {
        String xml = """
                <Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.054.001.08"><BkToCstmrDbtCdtNtfctn><Ntfctn>
                <Acct><Id><IBAN>DE89370400440532013000</IBAN></Id></Acct>
                <Ntry><Amt Ccy="EUR">12,50</Amt><CdtDbtInd>CRDT</CdtDbtInd></Ntry>
                </Ntfctn></BkToCstmrDbtCdtNtfctn></Document>""";

        assertThatThrownBy(() -> parser.parse(stream(xml), "bad.xml"))
                .isInstanceOfSatisfying(IntakeParseException.class, e -> {
                    assertThat(e.line()).isEqualTo(3);
                    assertThat(e.location()).isEqualTo("Ntry/Amt");
                    assertThat(e.reason()).isEqualTo("'12,50' is not a decimal amount");
                });
    }

    @Test
    void batchDetailWithoutAmountIsAnError() {
        String xml = """
                <Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.08"><BkToCstmrStmt><Stmt>
                <Acct><Id><IBAN>DE89370400440532013000</IBAN></Id></Acct>
                <Ntry><Amt Ccy="EUR">20.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><BookgDt><Dt>2025-03-05</Dt></BookgDt>
                <NtryDtls><TxDtls><Amt Ccy="EUR">10.00</Amt></TxDtls><TxDtls/></NtryDtls></Ntry>
                </Stmt></BkToCstmrStmt></Document>""";

        assertThatThrownBy(() -> parser.parse(stream(xml), "batch.xml"))
                .hasMessageContaining("batch entry with 2 transaction details, one of which has no amount");
    }

    @Test
    void doctypeIsRejectedWithoutReadingTheEntity() {
        String xml = """
                <?xml version="1.0"?>
                <!DOCTYPE Document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
                <Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.08"><BkToCstmrStmt><Stmt>
                <Acct><Id><IBAN>&xxe;</IBAN></Id></Acct></Stmt></BkToCstmrStmt></Document>""";

        assertThatThrownBy(() -> parser.parse(stream(xml), "xxe.xml"))
                .isInstanceOf(IntakeParseException.class)
                .hasMessageContaining("DOCTYPE declarations are not allowed")
                .hasMessageNotContaining("root:");
    }

    private static ByteArrayInputStream stream(String xml) {
        return new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8));
    }
}
