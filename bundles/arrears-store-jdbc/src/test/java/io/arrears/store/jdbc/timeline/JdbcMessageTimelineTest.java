package io.arrears.store.jdbc.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.arrears.api.outbox.NewOutboxMessage;
import io.arrears.api.outbox.Recipient;
import io.arrears.api.timeline.TimelineEntry;
import io.arrears.store.jdbc.DatabaseTest;
import io.arrears.store.jdbc.MigrationRunner;
import io.arrears.store.jdbc.TestDatabase;
import io.arrears.store.jdbc.outbox.JdbcOutbox;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

class JdbcMessageTimelineTest {

    private static final Instant START = Instant.parse("2026-03-10T09:00:00Z");

    private static NewOutboxMessage mail(String key) {
        return NewOutboxMessage.email(key, Recipient.of("ap@example.com"), "Our call", "text", Optional.empty(), List.of());
    }

    @DatabaseTest
    void callConfirmationsAndPlanAgreementsOfTheCustomerOnlyNewestFirst(TestDatabase db) {
        MigrationRunner.forDataSource(db.dataSource(), Clock.fixed(START, ZoneOffset.UTC)).migrate(db.dataSource());
        JdbcOutbox outbox = new JdbcOutbox(db.dataSource(), Clock.fixed(START, ZoneOffset.UTC));
        outbox.enqueue(mail("call-confirmation:C_1:1"));
        new JdbcOutbox(db.dataSource(), Clock.fixed(START.plusSeconds(60), ZoneOffset.UTC)).enqueue(mail("plan-agreement:PLAN-C_1-2"));
        // another customer whose id the LIKE pattern of "C_1" would match if '_' were a wildcard
        outbox.enqueue(mail("call-confirmation:CX1:3"));
        outbox.enqueue(mail("notice:C_1:4"));

        List<TimelineEntry> entries = new JdbcMessageTimeline(db.dataSource()).entries("C_1", 10);

        assertThat(entries).extracting(TimelineEntry::summary).containsExactly("Plan agreement email planned",
                "Call confirmation email planned");
        assertThat(entries.get(0).at()).isEqualTo(START.plusSeconds(60));
        assertThat(entries.get(1).details()).containsEntry("to", "ap@example.com").containsEntry("deliveryState", "PLANNED");
        assertThat(new JdbcMessageTimeline(db.dataSource()).entries("C_1", 1)).hasSize(1);
    }

    @DatabaseTest
    void aBouncedMessageShowsItsFailureKindAndTheAnswerToCollectors(TestDatabase db) {
        MigrationRunner.forDataSource(db.dataSource(), Clock.fixed(START, ZoneOffset.UTC)).migrate(db.dataSource());
        JdbcOutbox outbox = new JdbcOutbox(db.dataSource(), Clock.fixed(START, ZoneOffset.UTC));
        long id = outbox.enqueue(mail("call-confirmation:C-2:1")).id();
        outbox.claimDue(1);
        outbox.markSent(id);
        outbox.markUndelivered(id, io.arrears.api.outbox.FailureKind.BOUNCED, "550 5.1.1 user unknown");

        TimelineEntry entry = new JdbcMessageTimeline(db.dataSource()).entries("C-2", 10).get(0);

        assertThat(entry.summary()).isEqualTo("Call confirmation email failed: bounced");
        assertThat(entry.details()).containsEntry("deliveryState", "FAILED").containsEntry("failureKind", "BOUNCED")
                .containsEntry("deliveryProblem", "550 5.1.1 user unknown");
    }
}
