package io.arrears.route.dunning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.arrears.api.ledger.Channel;
import io.arrears.api.ledger.LedgerEvent;
import io.arrears.api.ledger.LedgerEventRepository;
import io.arrears.api.ledger.Payment;
import io.arrears.api.money.Money;
import io.arrears.api.plan.PaymentPlan;
import io.arrears.api.plan.PlanRepository;
import io.arrears.api.plan.PlanState;
import io.arrears.api.plan.StoredPlan;
import io.arrears.api.outbox.NewOutboxMessage;
import io.arrears.api.promise.Consequence;
import io.arrears.api.promise.PromiseMonitor;
import io.arrears.api.promise.PromiseState;
import io.arrears.api.promise.PromiseToPay;
import io.arrears.core.plan.PlanTracker;
import io.arrears.core.promise.CollectionMonitor;
import io.arrears.core.promise.ConsequencePolicy;
import io.arrears.core.promise.PlanMonitoring;
import io.arrears.core.promise.PromiseMonitoring;
import io.arrears.core.promise.PromiseTracker;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;

/**
 * The monitor route in a real CamelContext, ticking every few milliseconds over the real promise tracker, with a
 * fixed clock on 2026-03-20: one promise was paid, one was broken.
 */
class PromiseMonitorRouteTest extends CamelTestSupport {

    private static final Instant TAKEN = Instant.parse("2026-03-10T09:00:00Z");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-20T06:00:00Z"), ZoneOffset.UTC);

    private final InMemoryPromises promises = new InMemoryPromises();
    private final List<LedgerEvent> journal = new CopyOnWriteArrayList<>();
    private final AtomicInteger passes = new AtomicInteger();

    @Override
    protected RoutesBuilder createRouteBuilder() {
        promises.save(promise("PTP-KEPT", "C-1"));
        promises.save(promise("PTP-BROKEN", "C-2"));
        journal.add(new LedgerEvent.PaymentRecorded(Payment.of("BANK-1", "C-1", LocalDate.of(2026, 3, 13), Money.of("500.00", "EUR"),
                List.of())));
        LedgerEventRepository ledger = new LedgerEventRepository() {
            @Override
            public void append(LedgerEvent event) {
                journal.add(event);
            }

            @Override
            public List<LedgerEvent> findByCustomer(String customerId) {
                return journal.stream().filter(e -> e.customerId().equals(customerId)).toList();
            }

            @Override
            public List<LedgerEvent> findAll() {
                return List.copyOf(journal);
            }
        };
        ConsequencePolicy policy = ConsequencePolicy.bundledDefault();
        PromiseMonitor real = new CollectionMonitor(
                new PromiseMonitoring(promises, ledger, new PromiseTracker(policy), id -> ZoneId.of("Europe/Berlin"),
                        id -> io.arrears.api.profile.BehaviourType.UNKNOWN, CLOCK),
                new PlanMonitoring(new NoPlans(), ledger, new PlanTracker(policy), id -> ZoneId.of("Europe/Berlin"),
                        id -> io.arrears.api.profile.BehaviourType.UNKNOWN, CLOCK));
        PromiseMonitor counting = () -> {
            passes.incrementAndGet();
            return real.check();
        };
        return new PromiseMonitorRoute(counting, true, Duration.ofMillis(5), Duration.ofMillis(1));
    }

    @Test
    void keptAndBrokenPromisesAreStoredOnceWithTheBrokenOnesConsequence() {
        await().atMost(Duration.ofSeconds(10)).until(() -> promises.changes.size() == 2);
        int seen = passes.get();
        await().atMost(Duration.ofSeconds(10)).until(() -> passes.get() >= seen + 10);

        assertThat(context.getRoute(PromiseMonitorRoute.MONITOR)).isNotNull();
        assertThat(promises.find("PTP-KEPT").orElseThrow().state()).isEqualTo(PromiseState.KEPT);
        assertThat(promises.find("PTP-BROKEN").orElseThrow().state()).isEqualTo(PromiseState.BROKEN);
        assertThat(promises.changes).hasSize(2);
        assertThat(promises.consequences).singleElement().satisfies(c -> {
            assertThat(c.consequence().subjectId()).isEqualTo("PTP-BROKEN");
            assertThat(c.consequence().kind())
                    .isEqualTo(ConsequencePolicy.bundledDefault().forType(io.arrears.api.profile.BehaviourType.UNKNOWN).promiseBroken());
            assertThat(c.recordedAt()).isEqualTo(CLOCK.instant());
        });
    }

    private static PromiseToPay promise(String id, String customer) {
        return new PromiseToPay(id, customer, List.of(), Money.of("500.00", "EUR"), LocalDate.of(2026, 3, 14), Channel.PHONE, "carla",
                TAKEN);
    }

    /** No running plans: this test is about promises. */
    private static final class NoPlans implements PlanRepository {
        @Override
        public StoredPlan agree(PaymentPlan plan, Optional<String> approvedBy, Optional<NewOutboxMessage> agreement) {
            throw new UnsupportedOperationException();
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
            throw new UnsupportedOperationException();
        }
    }
}
