package io.arrears.core.dunning;

import static org.assertj.core.api.Assertions.assertThat;

import io.arrears.api.dunning.ChargeKind;
import io.arrears.api.dunning.NewNotice;
import io.arrears.api.dunning.NoticeCharge;
import io.arrears.api.intake.CustomerMasterData;
import io.arrears.api.ledger.Item;
import io.arrears.api.ledger.ItemKind;
import io.arrears.api.ledger.LedgerEvent;
import io.arrears.api.letter.LetterRequest;
import io.arrears.api.letter.RenderedLetter;
import io.arrears.api.money.Money;
import io.arrears.api.outbox.Attachment;
import io.arrears.api.outbox.DeliveryChannel;
import io.arrears.api.outbox.NewOutboxMessage;
import io.arrears.core.ledger.Ledger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NoticeLettersTest {

    private static final LocalDate DUE = LocalDate.of(2026, 3, 1);
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    private static final CustomerMasterData ALPHA = new CustomerMasterData("C-1", "Alpha GmbH", "DE", "ap@alpha.example");
    private static final CreditorDetails CREDITOR = new CreditorDetails("Acme Supplies GmbH", "DE89370400440532013000", "COBADEFFXXX");

    private final List<LetterRequest> rendered = new ArrayList<>();
    private final NoticeLetters letters = new NoticeLetters(request -> {
        rendered.add(request);
        return new RenderedLetter("Reminder " + request.noticeId(), "text", "<p>html</p>",
                "%PDF-1.7".getBytes(StandardCharsets.US_ASCII), "<Reminder/>".getBytes(StandardCharsets.UTF_8));
    }, CREDITOR, new LetterCreditor(List.of("Hauptstr. 1", "10115 Berlin"), "DE", 7));

    private static Ledger ledger() {
        return Ledger.replay(List.of(new LedgerEvent.ItemRecorded(new Item("C-1/INV-1", "C-1", ItemKind.INVOICE, "INV-1",
                DUE.minusDays(14), DUE, Money.of("120.00", "EUR"), Optional.empty(), Optional.empty()))));
    }

    private static NewNotice notice(String fee) {
        ProposedItem item = new ProposedItem("C-1/INV-1", "INV-1", DUE, Money.of("100.00", "EUR"), Optional.empty());
        DunningProposal proposal = new DunningProposal("C-1", 4, "final-notice", List.of(item), Money.of("100.00", "EUR"),
                List.of(ContactChannel.EMAIL), Tone.FINAL, Money.of(fee, "EUR"), true, "de", Optional.empty(),
                ProposalStatus.READY, Instant.parse("2026-03-10T09:00:00Z"), "level 4 due");
        if (Money.of(fee, "EUR").isZero()) {
            return NoticeDrafts.notice(proposal, 3, TODAY, true);
        }
        NoticeCharges.Result charges = new NoticeCharges.Result(List.of(
                NoticeCharge.interest("INT:C-1/INV-1:" + TODAY, "C-1/INV-1", "INV-1", Money.of("1.23", "EUR"), new java.math.BigDecimal("12.27"),
                        DUE.plusDays(1), TODAY),
                NoticeCharge.fee(ChargeKind.COMPENSATION, "COMP:C-1/INV-1", "C-1/INV-1", "INV-1", Money.of("40.00", "EUR")),
                NoticeCharge.fee(ChargeKind.LEVEL_FEE, "FEE:C-1/INV-1:L4", "C-1/INV-1", "INV-1", Money.of(fee, "EUR"))), List.of());
        return NoticeDrafts.notice(proposal, 3, TODAY, true, charges);
    }

    @Test
    void theRenderedLetterBecomesAnEmailWithThePdfAttached() {
        NewOutboxMessage message = letters.email(17, notice("0.00"), ALPHA, "DE", ledger(), TODAY);

        assertThat(message.channel()).isEqualTo(DeliveryChannel.EMAIL);
        assertThat(message.subject()).contains("Reminder N17");
        assertThat(message.htmlBody()).contains("<p>html</p>");
        assertThat(message.attachments()).extracting(Attachment::mediaType).containsExactly(Attachment.PDF);
        assertThat(message.key()).isEqualTo(notice("0.00").noticeKey());
    }

    @Test
    void theRequestStatesResidualsInterestFeesAndAPaymentTerm() {
        LetterRequest request = letters.request(17, notice("5.00"), ALPHA, "DE", ledger(), TODAY);

        assertThat(request.items()).singleElement().satisfies(item -> {
            assertThat(item.originalAmount()).isEqualTo(Money.of("120.00", "EUR"));
            assertThat(item.outstanding()).isEqualTo(Money.of("100.00", "EUR"));
            assertThat(item.issueDate()).isEqualTo(DUE.minusDays(14));
            assertThat(item.daysOverdue()).isEqualTo(9);
        });
        assertThat(request.interest()).singleElement().satisfies(line -> {
            assertThat(line.documentNumber()).isEqualTo("INV-1");
            assertThat(line.ratePercent()).isEqualByComparingTo("12.27");
            assertThat(line.from()).isEqualTo(DUE.plusDays(1));
            assertThat(line.to()).isEqualTo(TODAY);
            assertThat(line.amount()).isEqualTo(Money.of("1.23", "EUR"));
        });
        assertThat(request.fees()).extracting(f -> f.kind(), f -> f.amount()).containsExactly(
                org.assertj.core.groups.Tuple.tuple(io.arrears.api.letter.FeeKind.RECOVERY_COMPENSATION, Money.of("40.00", "EUR")),
                org.assertj.core.groups.Tuple.tuple(io.arrears.api.letter.FeeKind.REMINDER_FEE, Money.of("5.00", "EUR")));
        assertThat(request.totalDue()).isEqualTo(Money.of("146.23", "EUR"));
        assertThat(request.payBy()).isEqualTo(TODAY.plusDays(7));
        assertThat(request.tone()).isEqualTo(io.arrears.api.letter.Tone.FINAL);
        assertThat(request.languageTag()).isEqualTo("de");
        assertThat(CreditorReference.isValid(request.paymentReference())).isTrue();
    }

    @Test
    void creditorReferencesCarryIso11649CheckDigits() {
        assertThat(CreditorReference.of("539007547034")).isEqualTo("RF18539007547034");
        assertThat(CreditorReference.isValid("RF18 5390 0754 7034")).isTrue();
        assertThat(CreditorReference.isValid("RF19539007547034")).isFalse();
    }
}
