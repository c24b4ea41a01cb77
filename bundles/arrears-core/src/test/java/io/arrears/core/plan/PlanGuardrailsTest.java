package io.arrears.core.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.arrears.api.money.Money;
import io.arrears.api.plan.Frequency;
import io.arrears.api.plan.PaymentPlan;
import io.arrears.api.plan.PlanTerms;
import io.arrears.core.profile.GuardrailDecision;
import io.arrears.core.profile.Guardrails;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PlanGuardrailsTest {

    // at most 6 months, first payment at least 20 %
    private final Guardrails guardrails = new Guardrails(6, new BigDecimal("20"), new BigDecimal("2"), 30, false, false);
    private static final LocalDate START = LocalDate.of(2025, 1, 10);

    private static PaymentPlan plan(int instalments, String down) {
        PlanTerms terms = new PlanTerms("C1", List.of(), Money.of("1000.00", "EUR"), instalments, Frequency.MONTHLY, START,
                LocalDate.of(2025, 2, 10), Optional.ofNullable(down).map(d -> Money.of(d, "EUR")), Optional.empty(), 5);
        return new InstalmentCalculator().plan("PL", terms, "anna", Instant.parse("2025-01-10T09:00:00Z"));
    }

    @Test
    void aPlanWithinTheGuardrailsNeedsNoApproval() {
        // 200.00 down, then 4 x 200.00 until 10 May: 4 months, first payment 20 %
        GuardrailDecision decision = PlanGuardrails.check(plan(4, "200.00"), guardrails);

        assertThat(decision.allowed()).isTrue();
    }

    @Test
    void aLongPlanWithASmallFirstPaymentNeedsAManager() {
        // 12 x 83.33: until 10 January 2026, 12 months; first payment 8.3 %
        GuardrailDecision decision = PlanGuardrails.check(plan(12, null), guardrails);

        assertThat(decision.needsManagerApproval()).isTrue();
        assertThat(decision.reasons()).anySatisfy(r -> assertThat(r).contains("12 months", "6 months"))
                .anySatisfy(r -> assertThat(r).contains("8.3%", "20"));
    }

    @Test
    void aStartedMonthCountsAsAWholeOne() {
        assertThat(PlanGuardrails.months(START, LocalDate.of(2025, 7, 10))).isEqualTo(6);
        assertThat(PlanGuardrails.months(START, LocalDate.of(2025, 7, 11))).isEqualTo(7);
    }
}
