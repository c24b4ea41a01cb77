package io.arrears.core.call;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.arrears.api.money.Money;
import io.arrears.api.outbox.DeliveryChannel;
import io.arrears.api.outbox.NewOutboxMessage;
import io.arrears.api.profile.BehaviourType;
import io.arrears.api.plan.ApprovalRequiredException;
import io.arrears.api.plan.Frequency;
import io.arrears.api.plan.PaymentPlan;
import io.arrears.api.plan.PlanProposal;
import io.arrears.api.plan.PlanRepository;
import io.arrears.api.plan.PlanState;
import io.arrears.api.plan.PlanTerms;
import io.arrears.api.plan.StoredPlan;
import io.arrears.api.promise.Consequence;
import io.arrears.core.profile.Playbooks;
import io.arrears.core.profile.SegmentGuardrails;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PlanAgreementsTest {

    private static final Instant NOW = Instant.parse("2026-03-10T09:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

    private final Debtors debtors = new Debtors().customer("K-1", "DE", "ap@k1.example").customer("K-2", "PL", null);
    private final List<Object[]> agreed = new ArrayList<>();
    private final Map<String, BehaviourType> types = new HashMap<>();
    private final Map<String, String> segments = new HashMap<>();
    private final PlanAgreements plans = new PlanAgreements(debtors.lookup(), new RecordingPlans(),
            id -> SegmentGuardrails.bundledDefault().resolve(types.getOrDefault(id, BehaviourType.UNKNOWN),
                    Optional.ofNullable(segments.get(id)),
                    Playbooks.bundledDefault().forType(types.getOrDefault(id, BehaviourType.UNKNOWN)).guardrails()),
            Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void theGuardrailsAreThoseOfTheDebtorsBehaviourType() {
        PlanTerms eightMonths = terms("K-1", 8, Optional.of(Money.of("200.00", "EUR")));
        assertThat(plans.preview(eightMonths, "carla").needsManagerApproval()).isTrue();

        types.put("K-1", BehaviourType.STRUGGLING);

        PlanProposal struggling = plans.preview(eightMonths, "carla");
        assertThat(struggling.needsManagerApproval()).as(struggling.reasons().toString()).isFalse();
        assertThat(plans.agree(eightMonths, "carla", false).approvedBy()).isEmpty();
    }

    @Test
    void aKeyAccountStrugglingDebtorGetsItsSegmentsLongerPlanAndBeyondThatAManagerApprovesNamingTheRow() {
        PlanTerms fifteenMonths = terms("K-1", 15, Optional.of(Money.of("100.00", "EUR")));
        types.put("K-1", BehaviourType.STRUGGLING);
        PlanProposal typeRow = plans.preview(fifteenMonths, "carla");
        assertThat(typeRow.needsManagerApproval()).isTrue();
        assertThat(typeRow.reasons()).anySatisfy(r -> assertThat(r).contains("12 months", "guardrails STRUGGLING (no segment)"));

        segments.put("K-1", "key-account");
        assertThat(plans.preview(fifteenMonths, "carla").needsManagerApproval()).isFalse();

        PlanTerms twentyMonths = terms("K-1", 20, Optional.of(Money.of("100.00", "EUR")));
        PlanProposal beyond = plans.preview(twentyMonths, "carla");
        assertThat(beyond.reasons()).anySatisfy(r -> assertThat(r).contains("18 months", "guardrails STRUGGLING / key-account"));
        assertThatThrownBy(() -> plans.agree(twentyMonths, "carla", false)).isInstanceOf(ApprovalRequiredException.class);
        assertThat(plans.agree(twentyMonths, "maria", true).approvedBy()).contains("maria");

        segments.put("K-1", "wholesale");
        assertThat(plans.preview(fifteenMonths, "carla").reasons())
                .anySatisfy(r -> assertThat(r).contains("guardrails STRUGGLING (no row for segment wholesale)"));
    }

    private static PlanTerms terms(String customer, int instalments, Optional<Money> down) {
        return new PlanTerms(customer, List.of(), Money.of("1500.00", "EUR"), instalments, Frequency.MONTHLY, TODAY,
                LocalDate.of(2026, 4, 10), down, Optional.of(new BigDecimal("6")), 3);
    }

    @Test
    void aPlanWithinTheGuardrailsIsAgreedByTheCollectorAndMailedWithItsSchedule() {
        PlanProposal preview = plans.preview(terms("K-1", 2, Optional.of(Money.of("500.00", "EUR"))), "carla");
        assertThat(preview.needsManagerApproval()).as(preview.reasons().toString()).isFalse();
        assertThat(preview.plan().schedule()).hasSize(3);
        assertThat(agreed).isEmpty();

        StoredPlan plan = plans.agree(terms("K-1", 2, Optional.of(Money.of("500.00", "EUR"))), "carla", false);

        assertThat(plan.plan().id()).isEqualTo("PLAN-K-1-" + NOW.toEpochMilli());
        assertThat(plan.approvedBy()).isEmpty();
        NewOutboxMessage mail = (NewOutboxMessage) agreed.get(0)[2];
        assertThat(mail.channel()).isEqualTo(DeliveryChannel.EMAIL);
        assertThat(mail.key()).isEqualTo("plan-agreement:" + plan.plan().id());
        assertThat(mail.recipient().address()).isEqualTo("ap@k1.example");
        assertThat(mail.body()).contains("Down payment: 500,00").contains("Instalment 2").contains("10. Mai 2026");
    }

    @Test
    void withLettersConfiguredTheAgreementIsTheLetterInTheDebtorsLanguageWithItsPdf() {
        List<io.arrears.api.letter.AgreementRequest> rendered = new ArrayList<>();
        io.arrears.api.letter.AgreementRenderer renderer = request -> {
            rendered.add(request);
            return new io.arrears.api.letter.RenderedAgreement("Unsere Vereinbarung: Ratenplan " + request.planId(),
                    "Rate 1 …", "<p>Rate 1 …</p>", "%PDF-1.7".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        };
        PlanAgreements withLetters = new PlanAgreements(debtors.lookup(), new RecordingPlans(),
                id -> io.arrears.core.profile.AppliedGuardrails.ofType(BehaviourType.UNKNOWN,
                        Playbooks.bundledDefault().forType(BehaviourType.UNKNOWN).guardrails()), Clock.fixed(NOW, ZoneOffset.UTC),
                Optional.of(new PlanAgreementLetters(renderer, io.arrears.api.letter.Creditor.of("Acme GmbH",
                        io.arrears.api.letter.PostalAddress.of("DE", "Hauptstraße 5", "10115 Berlin"), "DE89370400440532013000",
                        null, null))));

        StoredPlan plan = withLetters.agree(terms("K-1", 2, Optional.of(Money.of("500.00", "EUR"))), "carla", false);

        NewOutboxMessage mail = (NewOutboxMessage) agreed.get(0)[2];
        assertThat(rendered).singleElement().satisfies(r -> {
            assertThat(r.languageTag()).isEqualTo("de");
            assertThat(r.instalments()).hasSize(3);
            assertThat(r.instalments().get(0).downPayment()).isTrue();
            assertThat(r.paymentReference()).isEqualTo(plan.plan().id());
            assertThat(r.totalPayable()).isEqualTo(plan.plan().totalPayable());
        });
        assertThat(mail.subject()).contains("Unsere Vereinbarung: Ratenplan " + plan.plan().id());
        assertThat(mail.htmlBody()).contains("<p>Rate 1 …</p>");
        assertThat(mail.attachments()).singleElement().satisfies(a -> {
            assertThat(a.name()).isEqualTo("plan-agreement-" + plan.plan().id() + ".pdf");
            assertThat(a.mediaType()).isEqualTo(io.arrears.api.outbox.Attachment.PDF);
        });
    }

    @Test
    void beyondTheGuardrailsACollectorIsRefusedAndAManagerApproves() {
        PlanTerms long12 = terms("K-1", 12, Optional.empty());

        assertThat(plans.preview(long12, "carla").reasons()).anyMatch(r -> r.contains("months exceeds"));
        assertThatThrownBy(() -> plans.agree(long12, "carla", false)).isInstanceOf(ApprovalRequiredException.class)
                .hasMessageStartingWith("needs manager approval: plan of 12 months exceeds");
        assertThat(agreed).isEmpty();

        StoredPlan approved = plans.agree(long12, "mia", true);
        assertThat(approved.approvedBy()).contains("mia");
    }

    @Test
    void withoutAnEmailAddressTheCollectorGetsATaskToPostTheAgreement() {
        plans.agree(terms("K-2", 2, Optional.of(Money.of("500.00", "EUR"))), "carla", false);

        NewOutboxMessage task = (NewOutboxMessage) agreed.get(0)[2];
        assertThat(task.channel()).isEqualTo(DeliveryChannel.TASK);
        assertThat(task.recipient().address()).isEqualTo("carla");
        assertThat(task.subject()).get().asString().contains("no e-mail address");
    }

    @Test
    void anUnknownCustomerIsRefused() {
        assertThatThrownBy(() -> plans.preview(terms("NOPE", 2, Optional.empty()), "carla"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'NOPE'");
    }

    private final class RecordingPlans implements PlanRepository {
        @Override
        public StoredPlan agree(PaymentPlan plan, Optional<String> approvedBy, Optional<NewOutboxMessage> agreement) {
            agreed.add(new Object[] {plan, approvedBy, agreement.orElseThrow()});
            return new StoredPlan(plan, PlanState.ACTIVE, approvedBy, Optional.of(1L), Optional.empty(), Optional.empty());
        }

        @Override
        public Optional<StoredPlan> find(String planId) {
            return Optional.empty();
        }

        @Override
        public List<StoredPlan> forCustomer(String erpCustomerId) {
            return List.of();
        }

        @Override
        public List<StoredPlan> active() {
            return List.of();
        }

        @Override
        public boolean end(String planId, PlanState to, String reason, Optional<Consequence> consequence, String collector,
                Instant at) {
            return false;
        }
    }
}
