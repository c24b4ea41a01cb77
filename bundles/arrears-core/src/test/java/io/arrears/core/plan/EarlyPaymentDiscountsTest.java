package io.arrears.core.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.arrears.api.ledger.Payment;
import io.arrears.api.money.Money;
import io.arrears.api.plan.EarlyPaymentDiscount;
import io.arrears.core.profile.Guardrails;
import io.arrears.core.promise.Receipts;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class EarlyPaymentDiscountsTest {

    private static final LocalDate OFFERED = LocalDate.of(2025, 5, 2);
    private static final LocalDate VALID_UNTIL = LocalDate.of(2025, 5, 16);
    private final EarlyPaymentDiscount offer = new EarlyPaymentDiscount("C1", List.of(), Money.of("1234.55", "EUR"),
            new BigDecimal("2"), OFFERED, VALID_UNTIL);

    private static Receipts paid(LocalDate valueDate, String amount) {
        return Receipts.of("C1", List.of(Payment.of("p", "C1", valueDate, Money.of(amount, "EUR"), List.of())), List.of());
    }

    @Test
    void theDiscountIsRoundedHalfUpAtTheCurrencyScale() {
        // 2 % of 1234.55 = 24.691
        assertThat(offer.discount()).isEqualTo(Money.of("24.69", "EUR"));
        assertThat(offer.discountedAmount()).isEqualTo(Money.of("1209.86", "EUR"));
    }

    @Test
    void paidInFullOnTheLastValidDayEarnsTheDiscount() {
        assertThat(EarlyPaymentDiscounts.state(offer, paid(VALID_UNTIL, "1209.86"), VALID_UNTIL.plusDays(3)))
                .isEqualTo(DiscountState.EARNED);
    }

    @Test
    void paidTheDayAfterDoesNotEarnIt() {
        assertThat(EarlyPaymentDiscounts.state(offer, paid(VALID_UNTIL.plusDays(1), "1209.86"), VALID_UNTIL.plusDays(1)))
                .isEqualTo(DiscountState.EXPIRED);
    }

    @Test
    void partPaymentLeavesItOpenUntilItExpires() {
        Receipts part = paid(OFFERED.plusDays(1), "1209.85");

        assertThat(EarlyPaymentDiscounts.state(offer, part, VALID_UNTIL)).isEqualTo(DiscountState.OPEN);
        assertThat(EarlyPaymentDiscounts.state(offer, part, VALID_UNTIL.plusDays(1))).isEqualTo(DiscountState.EXPIRED);
    }

    @Test
    void aDiscountAboveTheGuardrailNeedsAManager() {
        Guardrails guardrails = new Guardrails(6, new BigDecimal("20"), new BigDecimal("1.5"), 30, false, false);

        assertThat(EarlyPaymentDiscounts.check(offer, guardrails).reasons()).singleElement().asString().contains("2%", "1.5%");
    }

    @Test
    void aDiscountOfAHundredPercentIsRefused() {
        assertThatThrownBy(() -> new EarlyPaymentDiscount("C1", List.of(), Money.of("10.00", "EUR"), new BigDecimal("100"), OFFERED,
                VALID_UNTIL)).hasMessageContaining("percent");
    }
}
