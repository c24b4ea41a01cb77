package io.arrears.api.letter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.arrears.api.money.Money;
import io.arrears.api.profile.BehaviourType;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class LetterRecordsTest {

    private static final LocalDate D = LocalDate.of(2025, 3, 3);
    private static final Creditor CREDITOR = Creditor.of("Acme", PostalAddress.of("DE", "Street 1"), "DE89370400440532013000", null, null);
    private static final Debtor DEBTOR = Debtor.of("Beta", PostalAddress.of("PL", "Ulica 2"), null);
    private static final LetterItem ITEM = new LetterItem("INV-1", D.minusDays(40), D.minusDays(10),
            Money.of("100.00", "EUR"), Money.of("60.00", "EUR"), 10);

    private static LetterRequest request(Money total, String reference) {
        return new LetterRequest("N-1", "pl", 1, Tone.NEUTRAL, BehaviourType.UNKNOWN, CREDITOR, DEBTOR, List.of(ITEM),
                List.of(), List.of(FeeLine.of(FeeKind.RECOVERY_COMPENSATION, null, Money.of("40.00", "EUR"))),
                total, D.plusDays(14), reference, D);
    }

    @Test
    void totalMustBeTheSumOfResidualsInterestAndFees() {
        assertThat(request(Money.of("100.00", "EUR"), "rf18 5390 0754 7034").paymentReference()).isEqualTo("RF18539007547034");
        assertThatThrownBy(() -> request(Money.of("140.00", "EUR"), "RF18539007547034"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("totalDue 140.00 EUR differs from the sum of outstanding items, interest and fees 100.00 EUR");
    }

    @Test
    void paymentReferenceMustBeAValidRfReference() {
        assertThatThrownBy(() -> request(Money.of("100.00", "EUR"), "RF19539007547034"))
                .hasMessageContaining("fails the ISO 11649 check digits");
        assertThatThrownBy(() -> request(Money.of("100.00", "EUR"), "INV-1"))
                .hasMessageContaining("is not an ISO 11649 RF reference");
    }

    @Test
    void aSettledItemIsNeverDunned() {
        assertThatThrownBy(() -> new LetterItem("INV-2", D, D, Money.of("10.00", "EUR"), Money.zero("EUR"), 0))
                .hasMessageContaining("LetterItem.outstanding of INV-2 must be positive");
    }

    @Test
    void renderedLetterCopiesItsBytes() {
        byte[] pdf = {1, 2};
        RenderedLetter letter = new RenderedLetter("s", "t", "h", pdf, new byte[] {3});
        pdf[0] = 9;

        assertThat(letter.pdf()).containsExactly(1, 2);
        assertThat(letter).isEqualTo(new RenderedLetter("s", "t", "h", new byte[] {1, 2}, new byte[] {3}));
    }
}
