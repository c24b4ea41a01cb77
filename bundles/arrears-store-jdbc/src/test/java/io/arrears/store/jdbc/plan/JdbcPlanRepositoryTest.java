package io.arrears.store.jdbc.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.arrears.api.dunning.DunningBlock;
import io.arrears.api.money.Money;
import io.arrears.api.outbox.NewOutboxMessage;
import io.arrears.api.plan.Frequency;
import io.arrears.api.plan.Instalment;
import io.arrears.api.plan.PaymentPlan;
import io.arrears.api.plan.PlanState;
import io.arrears.api.plan.PlanTerms;
import io.arrears.api.plan.StoredPlan;
import io.arrears.api.promise.Consequence;
import io.arrears.api.promise.ConsequenceKind;
import io.arrears.api.store.DuplicateKeyException;
import io.arrears.store.jdbc.DatabaseTest;
import io.arrears.store.jdbc.MigrationRunner;
import io.arrears.store.jdbc.TestDatabase;
import io.arrears.store.jdbc.dunning.JdbcDunningBlockRepository;
import io.arrears.store.jdbc.outbox.JdbcOutbox;
import io.arrears.store.jdbc.promise.JdbcPromiseRepository;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

class JdbcPlanRepositoryTest {

    private static final Instant AGREED = Instant.parse("2026-03-10T09:15:00Z");
    private static final Instant BROKEN = Instant.parse("2026-05-20T06:00:00Z");
    private static final Clock CLOCK = Clock.fixed(AGREED, ZoneOffset.UTC);

    private JdbcOutbox outbox;
    private JdbcDunningBlockRepository blocks;
    private JdbcPromiseRepository promises;

    private JdbcPlanRepository repository(TestDatabase db) {
        MigrationRunner.forDataSource(db.dataSource(), CLOCK).migrate(db.dataSource());
        outbox = new JdbcOutbox(db.dataSource(), CLOCK);
        blocks = new JdbcDunningBlockRepository(db.dataSource());
        promises = new JdbcPromiseRepository(db.dataSource(), outbox);
        return new JdbcPlanRepository(db.dataSource(), outbox);
    }

    private static PaymentPlan plan(String id, String customer) {
        PlanTerms terms = new PlanTerms(customer, List.of(), Money.of("900.00", "EUR"), 2, Frequency.MONTHLY, LocalDate.of(2026, 3, 10),
                LocalDate.of(2026, 4, 10), Optional.of(Money.of("300.00", "EUR")), Optional.of(new BigDecimal("6.5")), 5);
        List<Instalment> schedule = List.of(
                new Instalment(0, LocalDate.of(2026, 3, 10), Money.of("300.00", "EUR"), Money.of("0.00", "EUR")),
                new Instalment(1, LocalDate.of(2026, 4, 10), Money.of("300.00", "EUR"), Money.of("3.31", "EUR")),
                new Instalment(2, LocalDate.of(2026, 5, 10), Money.of("300.00", "EUR"), Money.of("1.60", "EUR")));
        return new PaymentPlan(id, terms, schedule, "carla", AGREED);
    }

    private static NewOutboxMessage agreement(String id) {
        return NewOutboxMessage.task("plan-agreement:" + id, "carla", "Send the plan agreement", "3 instalments");
    }

    @DatabaseTest
    void agreeingStoresThePlanPausesDunningAndQueuesTheAgreement(TestDatabase db) {
        JdbcPlanRepository plans = repository(db);

        StoredPlan stored = plans.agree(plan("PLAN-1", "C-1"), Optional.of("mia"), Optional.of(agreement("PLAN-1")));

        assertThat(stored.plan()).isEqualTo(plan("PLAN-1", "C-1"));
        assertThat(stored.state()).isEqualTo(PlanState.ACTIVE);
        assertThat(stored.approvedBy()).contains("mia");
        assertThat(blocks.active("C-1")).singleElement().satisfies(b -> {
            assertThat(b.reason().name()).isEqualTo("PAYMENT_PLAN");
            assertThat(b.id()).isEqualTo(stored.blockId().orElseThrow());
        });
        assertThat(outbox.findByKey("plan-agreement:PLAN-1")).isPresent();
        assertThat(plans.forCustomer("C-1")).containsExactly(stored);
        assertThat(plans.active()).containsExactly(stored);
    }

    @DatabaseTest
    void aSecondRunningPlanIsRefusedAndLeavesNothing(TestDatabase db) {
        JdbcPlanRepository plans = repository(db);
        plans.agree(plan("PLAN-1", "C-1"), Optional.empty(), Optional.empty());

        assertThatThrownBy(() -> plans.agree(plan("PLAN-2", "C-1"), Optional.empty(), Optional.of(agreement("PLAN-2"))))
                .isInstanceOf(DuplicateKeyException.class).hasMessageContaining("a plan is running");
        assertThat(plans.find("PLAN-2")).isEmpty();
        assertThat(outbox.findByKey("plan-agreement:PLAN-2")).isEmpty();
    }

    @DatabaseTest
    void breakingClearsTheBlockAndRecordsTheConsequenceOnce(TestDatabase db) {
        JdbcPlanRepository plans = repository(db);
        plans.agree(plan("PLAN-1", "C-1"), Optional.empty(), Optional.empty());
        Optional<Consequence> consequence = Optional.of(new Consequence(ConsequenceKind.NEXT_LEVEL, "C-1", "PLAN-1", List.of(),
                "instalment 1 of 303.31 EUR due 2026-04-10 unpaid"));

        assertThat(plans.end("PLAN-1", PlanState.BROKEN, "instalment 1 unpaid", consequence, "carla", BROKEN)).isTrue();
        assertThat(plans.end("PLAN-1", PlanState.BROKEN, "instalment 1 unpaid", consequence, "carla", BROKEN)).isFalse();

        StoredPlan ended = plans.find("PLAN-1").orElseThrow();
        assertThat(ended.state()).isEqualTo(PlanState.BROKEN);
        assertThat(ended.endedAt()).contains(BROKEN);
        assertThat(ended.endReason()).contains("instalment 1 unpaid");
        assertThat(blocks.active("C-1")).isEmpty();
        assertThat(blocks.history("C-1")).singleElement().extracting(DunningBlock::clearedBy).isEqualTo(Optional.of("plan-monitor"));
        assertThat(promises.consequences("C-1")).singleElement()
                .satisfies(c -> assertThat(c.consequence().kind()).isEqualTo(ConsequenceKind.NEXT_LEVEL));
        assertThat(plans.active()).isEmpty();
        // a new plan may be agreed once the old one ended
        assertThat(plans.agree(plan("PLAN-2", "C-1"), Optional.empty(), Optional.empty()).state()).isEqualTo(PlanState.ACTIVE);
    }
}
