package io.arrears.core.interest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.arrears.api.money.Money;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClaimLifecycleTest {

    private static final InterestCalculator DE = InterestCalculator.bundled(Jurisdiction.DE);
    private static final OverdueClaim INVOICE = new OverdueClaim("INV-7", Money.of("10000.00", "EUR"), LocalDate.of(2024, 1, 31));
    private static final Waiver WAIVER = new Waiver("goodwill after dispute settled", "j.doe", LocalDate.of(2024, 6, 1));

    @Test
    void payingThePrincipalLeavesAccruedInterestOwed() {
        LocalDate paidInFull = LocalDate.of(2024, 3, 1);
        List<PartialPayment> payments = List.of(new PartialPayment(paidInFull, INVOICE.principal()));
        InterestClaim atPayment = InterestClaim.accrued("INV-7", Jurisdiction.DE, DE.compute(INVOICE, payments, paidInFull), paidInFull);

        InterestClaim later = atPayment.reaccrued(DE.compute(INVOICE, payments, LocalDate.of(2024, 5, 31)), LocalDate.of(2024, 5, 31));

        // 29 days of February at 12.62 % on 10,000: 100.27
        assertThat(later.accrued()).isEqualTo(Money.of("100.27", "EUR"));
        assertThat(later.outstanding()).isEqualTo(Money.of("100.27", "EUR"));
        assertThat(later.open()).isTrue();
    }

    @Test
    void interestIsPaidInPartsAndThenSettled() {
        InterestClaim claim = InterestClaim.accrued("INV-7", Jurisdiction.DE, DE.compute(INVOICE, List.of(), LocalDate.of(2024, 3, 1)), LocalDate.of(2024, 3, 1));

        InterestClaim half = claim.pay(Money.of("50.00", "EUR"));
        InterestClaim settled = half.pay(half.outstanding());

        assertThat(half.paid()).isEqualTo(Money.of("50.00", "EUR"));
        assertThat(settled.open()).isFalse();
        assertThat(settled.waived()).isFalse();
        assertThatThrownBy(() -> half.pay(Money.of("1000.00", "EUR"))).hasMessageContaining("exceeds the outstanding");
    }

    @Test
    void onlyAnExplicitWaiverWithReasonAndAuthorClosesAnOpenClaim() {
        InterestClaim claim = InterestClaim.accrued("INV-7", Jurisdiction.DE, DE.compute(INVOICE, List.of(), LocalDate.of(2024, 3, 1)), LocalDate.of(2024, 3, 1));

        InterestClaim waived = claim.waive(WAIVER);

        assertThat(waived.outstanding().isZero()).isTrue();
        assertThat(waived.accrued()).isEqualTo(claim.accrued());
        assertThat(waived.waiver()).contains(WAIVER);
        assertThatThrownBy(() -> waived.pay(Money.of("1.00", "EUR"))).isInstanceOf(IllegalStateException.class).hasMessageContaining("was waived");
        assertThatThrownBy(() -> new Waiver(" ", "j.doe", LocalDate.of(2024, 6, 1))).hasMessageContaining("reason");
        assertThatThrownBy(() -> new Waiver("goodwill", "", LocalDate.of(2024, 6, 1))).hasMessageContaining("waivedBy");
    }

    @Test
    void accruedInterestCannotShrinkByRecomputation() {
        LocalDate may = LocalDate.of(2024, 5, 31);
        InterestClaim claim = InterestClaim.accrued("INV-7", Jurisdiction.DE, DE.compute(INVOICE, List.of(), may), may);

        // a recomputation that "forgets" interest (here: a back-dated payment) must not silently reduce the claim
        InterestComputation smaller = DE.compute(INVOICE, List.of(new PartialPayment(LocalDate.of(2024, 2, 1), INVOICE.principal())), may);

        assertThatThrownBy(() -> claim.reaccrued(smaller, may)).hasMessageContaining("below the already accrued");
        assertThatThrownBy(() -> claim.reaccrued(DE.compute(INVOICE, List.of(), may), LocalDate.of(2024, 5, 1)))
                .hasMessageContaining("cannot re-accrue to earlier");
    }

    @Test
    void aFeeStaysOwedUntilPaidOrWaived() {
        FeeClaim fee = FeeClaim.of("INV-7", FeeKind.FIXED_COMPENSATION, RecoveryCompensation.forClaim(Jurisdiction.DE, INVOICE.principal()).orElseThrow());

        assertThat(fee.outstanding()).isEqualTo(Money.of("40.00", "EUR"));
        assertThat(fee.pay(Money.of("40.00", "EUR")).open()).isFalse();
        FeeClaim waived = fee.waive(WAIVER);
        assertThat(waived.open()).isFalse();
        assertThat(waived.waived()).isTrue();
        assertThat(waived.amount()).isEqualTo(Money.of("40.00", "EUR"));
        assertThatThrownBy(() -> FeeClaim.of("INV-7", FeeKind.RECOVERY_COSTS, Money.zero("TRY"))).hasMessageContaining("must be positive");
    }
}
