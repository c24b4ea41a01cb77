package io.arrears.rest.internal.collection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.arrears.api.money.Money;
import io.arrears.api.plan.ApprovalRequiredException;
import io.arrears.api.plan.Instalment;
import io.arrears.api.plan.PaymentPlan;
import io.arrears.api.plan.PlanProposal;
import io.arrears.api.plan.PlanService;
import io.arrears.api.plan.PlanState;
import io.arrears.api.plan.PlanTerms;
import io.arrears.api.plan.StoredPlan;
import io.arrears.api.store.DuplicateKeyException;
import io.arrears.rest.internal.errors.ApprovalRequiredMapper;
import io.arrears.rest.internal.ErrorBody;
import io.arrears.rest.internal.json.MoneyJson;
import io.arrears.rest.internal.security.TestUser;
import jakarta.ws.rs.ClientErrorException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PlansResourceTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    private static final Instant NOW = Instant.parse("2026-03-10T09:00:00Z");

    /** Plans longer than 3 instalments need a manager, like a guardrail on the plan length. */
    private final FakePlans service = new FakePlans();
    private final PlansResource resource = new PlansResource(service, "C1"::equals, () -> TODAY);

    private static PlanTermsJson terms(int instalments) {
        return new PlanTermsJson(new MoneyJson("900.00", "EUR"), instalments, "MONTHLY", "2026-04-10", null, "6.5", null, null);
    }

    @Test
    void aPreviewShowsTheScheduleAndTheVerdictWithoutStoring() {
        PlanJson.PreviewJson preview = resource.preview("C1", terms(6), TestUser.of("carla", "collector"));

        assertThat(preview.needsManagerApproval()).isTrue();
        assertThat(preview.reasons()).containsExactly("plan runs 6 months, more than 3");
        assertThat(preview.plan().schedule()).hasSize(6);
        assertThat(preview.plan().startDate()).isEqualTo(TODAY);
        assertThat(preview.plan().annualInterestPercent()).isEqualTo("6.5");
        assertThat(preview.plan().graceDays()).isEqualTo(PlanTermsJson.DEFAULT_GRACE_DAYS);
        assertThat(preview.plan().state()).isNull();
        assertThat(service.agreed).isEmpty();
    }

    @Test
    void aCollectorBeyondTheGuardrailsNeedsAManagerWhoMayAgreeIt() {
        assertThatThrownBy(() -> resource.agree("C1", terms(6), TestUser.of("carla", "collector")))
                .isInstanceOf(ApprovalRequiredException.class).hasMessageStartingWith("needs manager approval");
        var error = new ApprovalRequiredMapper().toResponse(new ApprovalRequiredException(List.of("plan runs 6 months, more than 3")));
        assertThat(error.getStatus()).isEqualTo(403);
        assertThat(((ErrorBody) error.getEntity()).error()).isEqualTo("needs-manager-approval");
        assertThat(((ErrorBody) error.getEntity()).message()).contains("plan runs 6 months");

        var response = resource.agree("C1", terms(6), TestUser.of("mia", "manager"));
        assertThat(response.getStatus()).isEqualTo(201);
        PlanJson plan = (PlanJson) response.getEntity();
        assertThat(plan.state()).isEqualTo("ACTIVE");
        assertThat(plan.approvedBy()).isEqualTo("mia");
        assertThat(resource.list("C1")).containsExactly(plan);
    }

    @Test
    void badTermsNameTheFieldAndARunningPlanIsAConflict() {
        TestUser carla = TestUser.of("carla", "collector");
        assertThatThrownBy(() -> resource.preview("C1", new PlanTermsJson(null, 3, "MONTHLY", "2026-04-10", null, null, null, null), carla))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("total");
        assertThatThrownBy(() -> resource.preview("C1", new PlanTermsJson(new MoneyJson("900.00", "EUR"), 3, "YEARLY", "2026-04-10",
                null, null, null, null), carla)).isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("frequency");
        assertThatThrownBy(() -> resource.preview("C1", new PlanTermsJson(new MoneyJson("900.00", "EUR"), 3, "MONTHLY", "2026-03-01",
                null, null, null, null), carla)).isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("firstDueDate");
        assertThatThrownBy(() -> resource.preview("C1", new PlanTermsJson(new MoneyJson("900.00", "EUR"), 3, "MONTHLY", "2026-04-10",
                null, "six", null, null), carla)).isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("annualInterestPercent");

        service.running = true;
        assertThatThrownBy(() -> resource.agree("C1", terms(2), carla)).isInstanceOf(ClientErrorException.class)
                .hasMessageContaining("a plan is running")
                .extracting(e -> ((ClientErrorException) e).getResponse().getStatus()).isEqualTo(409);
    }

    private static final class FakePlans implements PlanService {
        final List<StoredPlan> agreed = new ArrayList<>();
        boolean running;

        @Override
        public PlanProposal preview(PlanTerms terms, String collector) {
            List<Instalment> schedule = new ArrayList<>();
            Money each = Money.of("900.00", "EUR").amount().divide(java.math.BigDecimal.valueOf(terms.instalments()),
                    java.math.RoundingMode.DOWN).setScale(2, java.math.RoundingMode.DOWN).equals(new java.math.BigDecimal("150.00"))
                    ? Money.of("150.00", "EUR") : Money.of("450.00", "EUR");
            for (int i = 1; i <= terms.instalments(); i++) {
                schedule.add(new Instalment(i, terms.firstDueDate().plusMonths(i - 1), each, Money.of("0.00", "EUR")));
            }
            PaymentPlan plan = new PaymentPlan("PLAN-C1-1", terms, schedule, collector, NOW);
            return terms.instalments() > 3 ? new PlanProposal(plan, true, List.of("plan runs 6 months, more than 3"))
                    : new PlanProposal(plan, false, List.of());
        }

        @Override
        public StoredPlan agree(PlanTerms terms, String user, boolean mayApprove) {
            if (running) {
                throw new DuplicateKeyException("customer 'C1' already has an active PAYMENT_PLAN block: a plan is running",
                        "uk_dunning_holds_active", null);
            }
            PlanProposal proposal = preview(terms, user);
            if (proposal.needsManagerApproval() && !mayApprove) {
                throw new ApprovalRequiredException(proposal.reasons());
            }
            StoredPlan stored = new StoredPlan(proposal.plan(), PlanState.ACTIVE,
                    proposal.needsManagerApproval() ? Optional.of(user) : Optional.empty(), Optional.of(1L), Optional.empty(),
                    Optional.empty());
            agreed.add(stored);
            return stored;
        }

        @Override
        public List<StoredPlan> plans(String erpCustomerId) {
            return List.copyOf(agreed);
        }
    }
}
