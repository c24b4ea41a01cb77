package io.arrears.store.jdbc.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.arrears.api.money.Money;
import io.arrears.api.outbox.NewOutboxMessage;
import io.arrears.api.outbox.Recipient;
import io.arrears.api.plan.EarlyPaymentDiscount;
import io.arrears.api.plan.StoredDiscountOffer;
import io.arrears.api.store.DuplicateKeyException;
import io.arrears.store.jdbc.DatabaseTest;
import io.arrears.store.jdbc.MigrationRunner;
import io.arrears.store.jdbc.TestDatabase;
import io.arrears.store.jdbc.outbox.JdbcOutbox;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

class JdbcDiscountOfferRepositoryTest {

    private static final Instant NOW = Instant.parse("2026-03-10T09:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    private static StoredDiscountOffer offer(String id, List<String> items, Optional<String> approvedBy, Instant at) {
        return new StoredDiscountOffer(id, new EarlyPaymentDiscount("C-1", items, Money.of("1500.00", "EUR"), new BigDecimal("2.5"),
                LocalDate.of(2026, 3, 10), LocalDate.of(2026, 3, 20)), "carla", approvedBy, at);
    }

    private static NewOutboxMessage mail(String id) {
        return NewOutboxMessage.email("discount-offer:" + id, Recipient.of("ap@c1.example"), "Discount", "text", Optional.empty(),
                List.of());
    }

    @DatabaseTest
    void offersAreStoredWithTheirMessageAndReadBackNewestFirst(TestDatabase db) {
        MigrationRunner.forDataSource(db.dataSource(), CLOCK).migrate(db.dataSource());
        JdbcOutbox outbox = new JdbcOutbox(db.dataSource(), CLOCK);
        JdbcDiscountOfferRepository offers = new JdbcDiscountOfferRepository(db.dataSource(), outbox);
        StoredDiscountOffer first = offer("DISC-C-1-1", List.of("C-1/INV-1", "C-1/INV-2"), Optional.empty(), NOW);
        StoredDiscountOffer second = offer("DISC-C-1-2", List.of(), Optional.of("mia"), NOW.plusSeconds(60));

        offers.record(first, mail(first.id()));
        offers.record(second, mail(second.id()));

        assertThat(offers.forCustomer("C-1")).containsExactly(second, first);
        assertThat(offers.forCustomer("C-2")).isEmpty();
        assertThat(outbox.findByKey("discount-offer:DISC-C-1-1")).isPresent();
        assertThatThrownBy(() -> offers.record(first, mail("other"))).isInstanceOf(DuplicateKeyException.class)
                .hasMessageContaining("DISC-C-1-1");
        assertThat(outbox.findByKey("discount-offer:other")).as("rolled back with the offer").isEmpty();
    }
}
