package io.arrears.store.jdbc.promise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.arrears.api.ledger.Channel;
import io.arrears.api.money.Money;
import io.arrears.api.outbox.DeliveryChannel;
import io.arrears.api.outbox.OutboxMessage;
import io.arrears.api.promise.Consequence;
import io.arrears.api.promise.ConsequenceKind;
import io.arrears.api.promise.PromiseRepository;
import io.arrears.api.promise.PromiseState;
import io.arrears.api.promise.PromiseStateChange;
import io.arrears.api.promise.PromiseToPay;
import io.arrears.api.promise.TrackedPromise;
import io.arrears.api.store.DuplicateKeyException;
import io.arrears.store.jdbc.DatabaseTest;
import io.arrears.store.jdbc.DefaultMethods;
import io.arrears.store.jdbc.MigrationRunner;
import io.arrears.store.jdbc.TestDatabase;
import io.arrears.store.jdbc.outbox.JdbcOutbox;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

class JdbcPromiseRepositoryTest {

    private static final Instant TAKEN = Instant.parse("2026-03-10T09:15:00Z");
    private static final Instant CHECKED = Instant.parse("2026-03-20T06:00:00Z");
    private static final Clock CLOCK = Clock.fixed(TAKEN, ZoneOffset.UTC);

    private JdbcOutbox outbox;

    private JdbcPromiseRepository repository(TestDatabase db) {
        MigrationRunner.forDataSource(db.dataSource(), CLOCK).migrate(db.dataSource());
        outbox = new JdbcOutbox(db.dataSource(), CLOCK);
        return new JdbcPromiseRepository(db.dataSource(), outbox);
    }

    private static PromiseToPay promise(String id, String customer, List<String> items, String amount, Instant takenAt) {
        return new PromiseToPay(id, customer, items, Money.of(amount, "EUR"), LocalDate.of(2026, 3, 14), Channel.PHONE, "carla",
                takenAt);
    }

    private static PromiseStateChange broken(PromiseToPay p, ConsequenceKind kind) {
        return new PromiseStateChange(p.id(), p.customerId(), PromiseState.PENDING, PromiseState.BROKEN, Money.of("0", "EUR"),
                LocalDate.of(2026, 3, 20), Optional.of(new Consequence(kind, p.customerId(), p.id(), p.itemIds(),
                        "promise " + p.id() + " broken: nothing received")), "nothing received by 2026-03-14 + 3 grace days");
    }

    @DatabaseTest
    void storesPromisesAsPendingAndListsThemNewestFirst(TestDatabase db) {
        JdbcPromiseRepository promises = repository(db);
        PromiseToPay first = promise("PTP-1", "C-1", List.of(), "500.00", TAKEN);
        PromiseToPay second = promise("PTP-2", "C-1", List.of("C-1/INV-1", "C-1/INV-2"), "120.50", TAKEN.plusSeconds(60));
        promises.save(first);
        promises.save(second);
        promises.save(promise("PTP-3", "C-2", List.of(), "10.00", TAKEN));

        assertThat(promises.forCustomer("C-1")).containsExactly(TrackedPromise.pending(second), TrackedPromise.pending(first));
        assertThat(promises.find("PTP-2")).contains(TrackedPromise.pending(second));
        assertThat(promises.find("PTP-9")).isEmpty();
        assertThat(promises.pending()).extracting(t -> t.promise().id()).containsExactly("PTP-1", "PTP-2", "PTP-3");
    }

    @DatabaseTest
    void aPromiseIdIsStoredOnce(TestDatabase db) {
        JdbcPromiseRepository promises = repository(db);
        promises.save(promise("PTP-1", "C-1", List.of(), "500.00", TAKEN));

        assertThatThrownBy(() -> promises.save(promise("PTP-1", "C-1", List.of(), "1.00", TAKEN)))
                .isInstanceOf(DuplicateKeyException.class).hasMessageContaining("promise 'PTP-1' is already recorded");
        assertThat(promises.forCustomer("C-1")).singleElement()
                .satisfies(t -> assertThat(t.promise().amount()).isEqualTo(Money.of("500.00", "EUR")));
    }

    @DatabaseTest
    void escalationProposalsOfEveryCustomerAreListedNewestFirstWithoutOtherKinds(TestDatabase db) {
        JdbcPromiseRepository promises = repository(db);
        PromiseToPay a = promise("PTP-A", "C-1", List.of("C-1/INV-1"), "500.00", TAKEN);
        PromiseToPay b = promise("PTP-B", "C-2", List.of(), "300.00", TAKEN);
        PromiseToPay c = promise("PTP-C", "C-3", List.of(), "100.00", TAKEN);
        List.of(a, b, c).forEach(promises::save);
        promises.changeState(broken(a, ConsequenceKind.ESCALATION_PROPOSAL), CHECKED);
        promises.changeState(broken(b, ConsequenceKind.ESCALATION_PROPOSAL), CHECKED.plusSeconds(60));
        promises.changeState(broken(c, ConsequenceKind.NEXT_LEVEL), CHECKED.plusSeconds(120));

        assertThat(promises.consequences(ConsequenceKind.ESCALATION_PROPOSAL, 10)).extracting(r -> r.consequence().subjectId())
                .containsExactly("PTP-B", "PTP-A");
        assertThat(promises.consequences(ConsequenceKind.ESCALATION_PROPOSAL, 1)).extracting(r -> r.consequence().customerId())
                .containsExactly("C-2");
        assertThat(promises.consequences(ConsequenceKind.NEXT_LEVEL, 10)).singleElement()
                .satisfies(r -> assertThat(r.consequence().subjectId()).isEqualTo("PTP-C"));
    }

    @DatabaseTest
    void aBrokenPromiseChangesStateOnceAndItsTaskIsQueuedOnce(TestDatabase db) {
        JdbcPromiseRepository promises = repository(db);
        PromiseToPay p = promise("PTP-1", "C-1", List.of("C-1/INV-1"), "500.00", TAKEN);
        promises.save(p);

        assertThat(promises.changeState(broken(p, ConsequenceKind.COLLECTOR_TASK), CHECKED)).isTrue();
        assertThat(promises.changeState(broken(p, ConsequenceKind.COLLECTOR_TASK), CHECKED.plusSeconds(3600))).isFalse();

        assertThat(promises.find("PTP-1")).get().extracting(TrackedPromise::state).isEqualTo(PromiseState.BROKEN);
        assertThat(promises.pending()).isEmpty();
        assertThat(promises.stateChanges("C-1")).singleElement().satisfies(r -> {
            assertThat(r.recordedAt()).isEqualTo(CHECKED);
            assertThat(r.change().to()).isEqualTo(PromiseState.BROKEN);
            assertThat(r.change().paid()).isEqualTo(Money.of("0.00", "EUR"));
            assertThat(r.change().consequence()).get().extracting(Consequence::kind).isEqualTo(ConsequenceKind.COLLECTOR_TASK);
        });
        assertThat(promises.consequences("C-1")).singleElement().satisfies(c -> {
            assertThat(c.consequence().itemIds()).containsExactly("C-1/INV-1");
            OutboxMessage task = outbox.find(c.outboxId().orElseThrow()).orElseThrow();
            assertThat(task.content().channel()).isEqualTo(DeliveryChannel.TASK);
            assertThat(task.content().recipient().address()).isEqualTo("carla");
            assertThat(task.content().body()).contains("promise PTP-1 broken");
        });
    }

    @DatabaseTest
    void keptAndEscalatedPromisesRecordNoTask(TestDatabase db) {
        JdbcPromiseRepository promises = repository(db);
        PromiseToPay kept = promise("PTP-1", "C-1", List.of(), "500.00", TAKEN);
        PromiseToPay escalated = promise("PTP-2", "C-1", List.of(), "100.00", TAKEN);
        promises.save(kept);
        promises.save(escalated);

        promises.changeState(new PromiseStateChange("PTP-1", "C-1", PromiseState.PENDING, PromiseState.KEPT,
                Money.of("500.00", "EUR"), LocalDate.of(2026, 3, 13), Optional.empty(), "paid in full"), CHECKED);
        promises.changeState(broken(escalated, ConsequenceKind.ESCALATION_PROPOSAL), CHECKED);

        assertThat(promises.consequences("C-1")).singleElement().satisfies(c -> {
            assertThat(c.consequence().kind()).isEqualTo(ConsequenceKind.ESCALATION_PROPOSAL);
            assertThat(c.outboxId()).isEmpty();
        });
        assertThat(promises.stateChanges("C-1")).extracting(r -> r.change().to())
                .containsExactly(PromiseState.KEPT, PromiseState.BROKEN);
    }

    @DatabaseTest
    void aChangeOfAnUnknownPromiseOrAnotherCustomerIsRefused(TestDatabase db) {
        JdbcPromiseRepository promises = repository(db);
        PromiseToPay p = promise("PTP-1", "C-1", List.of(), "500.00", TAKEN);

        assertThatThrownBy(() -> promises.changeState(broken(p, ConsequenceKind.NEXT_LEVEL), CHECKED))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no promise with id 'PTP-1'");
        promises.save(p);
        PromiseToPay other = promise("PTP-1", "C-2", List.of(), "500.00", TAKEN);
        assertThatThrownBy(() -> promises.changeState(broken(other, ConsequenceKind.NEXT_LEVEL), CHECKED))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("belongs to customer 'C-1'");
        assertThat(promises.find("PTP-1")).get().extracting(TrackedPromise::state).isEqualTo(PromiseState.PENDING);
    }

    @DatabaseTest
    void promisesInBulkEqualTheCustomerByCustomerReading(TestDatabase db) {
        JdbcPromiseRepository promises = repository(db);
        // more customers than one IN list holds; a third with 1 to 3 promises in mixed states, some taken at the same
        // instant (then ordered by id)
        List<String> ids = new ArrayList<>(IntStream.range(0, 1100).mapToObj(i -> "C-" + i).toList());
        for (int i = 0; i < ids.size(); i += 3) {
            for (int n = 0; n <= i % 3 + i % 2; n++) {
                promises.save(promise("PTP-" + i + "-" + n, ids.get(i), List.of(), (10 + n) + ".00", TAKEN.plusSeconds(n % 2 * 60)));
            }
        }
        db.execute("UPDATE promises SET state = 'BROKEN' WHERE id LIKE '%-1'");
        db.execute("UPDATE promises SET state = 'KEPT' WHERE id LIKE 'PTP-3%-0'");
        ids.add("C-unknown");
        ids.add("C-3"); // twice
        PromiseRepository perCustomer = DefaultMethods.of(PromiseRepository.class, promises);

        Map<String, List<TrackedPromise>> bulk = promises.forCustomers(ids);

        assertThat(bulk).hasSize(367).isEqualTo(perCustomer.forCustomers(ids));
        assertThat(bulk.get("C-3")).extracting(t -> t.promise().id() + " " + t.state())
                .containsExactly("PTP-3-1 BROKEN", "PTP-3-0 KEPT");
        assertThat(bulk).doesNotContainKeys("C-1", "C-unknown");
        assertThat(promises.forCustomers(List.of())).isEmpty();
    }
}
