package io.arrears.store.jdbc.insurer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.arrears.api.insurer.BuyerLimit;
import io.arrears.api.insurer.InsurerPolicy;
import io.arrears.api.insurer.Notification;
import io.arrears.api.insurer.NotificationLine;
import io.arrears.api.money.Money;
import io.arrears.api.partner.NewPartnerMessage;
import io.arrears.api.partner.PartnerKind;
import io.arrears.api.store.DuplicateKeyException;
import io.arrears.store.jdbc.DatabaseTest;
import io.arrears.store.jdbc.MigrationRunner;
import io.arrears.store.jdbc.TestDatabase;
import io.arrears.store.jdbc.partner.JdbcPartnerQueue;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

class JdbcInsurerRepositoriesTest {

    private static final Instant NOW = Instant.parse("2026-03-10T09:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    private static InsurerPolicy policy(String number, List<BuyerLimit> buyers) {
        return new InsurerPolicy(0, "allianztrade", number, 120, 60, "DE", true, buyers);
    }

    private static NotificationLine line(String item, String amount) {
        return new NotificationLine(item, item.substring(item.indexOf('/') + 1), LocalDate.of(2026, 1, 15),
                Money.of(amount, "EUR"), LocalDate.of(2026, 3, 16));
    }

    @DatabaseTest
    void policiesWithBuyersAreStoredUpdatedAndDeactivated(TestDatabase db) {
        MigrationRunner.forDataSource(db.dataSource(), CLOCK).migrate(db.dataSource());
        JdbcInsurerPolicyRepository policies = new JdbcInsurerPolicyRepository(db.dataSource());

        InsurerPolicy created = policies.create(policy("EH-100", List.of(new BuyerLimit("C-1", "DE123456789",
                Money.of("50000.00", "EUR")))));
        assertThat(created.id()).isPositive();
        assertThat(created.buyers()).singleElement().satisfies(b -> assertThat(b.creditLimit()).isEqualTo(Money.of("50000.00", "EUR")));
        assertThatThrownBy(() -> policies.create(policy("EH-100", List.of()))).isInstanceOf(DuplicateKeyException.class);

        InsurerPolicy changed = policies.update(new InsurerPolicy(created.id(), "allianztrade", "EH-100", 90, 30, "DE", true,
                List.of(new BuyerLimit("C-2", "", Money.of("1000.00", "PLN")))));
        assertThat(changed.notificationDays()).isEqualTo(30);
        assertThat(changed.buyers()).extracting(BuyerLimit::customerId).containsExactly("C-2");
        policies.deactivate(created.id());
        assertThat(policies.find(created.id()).orElseThrow().active()).isFalse();
    }

    @DatabaseTest
    void oneNotificationPerPolicyBuyerAndItemSetWithItsMessage(TestDatabase db) {
        MigrationRunner.forDataSource(db.dataSource(), CLOCK).migrate(db.dataSource());
        InsurerPolicy policy = new JdbcInsurerPolicyRepository(db.dataSource()).create(policy("EH-1", List.of()));
        JdbcNotificationRepository notifications = new JdbcNotificationRepository(db.dataSource());
        JdbcPartnerQueue queue = new JdbcPartnerQueue(db.dataSource(), CLOCK);

        Optional<Notification> first = notifications.create(policy.id(), "C-1", List.of(line("C-1/A", "100.00"),
                line("C-1/B", "50.00")), LocalDate.of(2026, 3, 16), NOW, id -> message(id));
        Optional<Notification> again = notifications.create(policy.id(), "C-1", List.of(line("C-1/B", "50.00"),
                line("C-1/A", "100.00")), LocalDate.of(2026, 3, 16), NOW, id -> message(id));

        assertThat(first).hasValueSatisfying(n -> {
            assertThat(n.total()).containsExactly(Money.of("150.00", "EUR"));
            assertThat(n.lines()).extracting(NotificationLine::itemId).containsExactly("C-1/A", "C-1/B");
        });
        assertThat(again).as("same item set in another order").isEmpty();
        long id = first.get().id();
        var claimed = queue.claimDue(PartnerKind.INSURER, "allianztrade", 10);
        assertThat(claimed).singleElement().satisfies(m -> assertThat(m.key()).isEqualTo("notification-" + id));
        queue.markSent(claimed.get(0).id(), NOW);
        assertThat(notifications.find(id).orElseThrow().sentAt()).contains(NOW);

        Notification acknowledged = notifications.acknowledge(id, "EH-ACK-77", NOW.plusSeconds(60));
        assertThat(acknowledged.acknowledgementReference()).contains("EH-ACK-77");
        assertThatThrownBy(() -> notifications.acknowledge(id, "again", NOW)).isInstanceOf(IllegalStateException.class);
        assertThat(notifications.ofBuyer(policy.id(), "C-1")).containsExactly(acknowledged);
    }

    private static NewPartnerMessage message(long id) {
        return new NewPartnerMessage("notification-" + id, PartnerKind.INSURER, "allianztrade", "notification", "{}");
    }
}
