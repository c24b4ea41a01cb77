package io.arrears.store.jdbc.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.arrears.api.outbox.NewOutboxMessage;
import io.arrears.api.outbox.OutboxMessage;
import io.arrears.store.jdbc.DatabaseTest;
import io.arrears.store.jdbc.TestDatabase;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** Two nodes polling the same outbox at the same time never claim the same message. */
class ConcurrentClaimTest {

    private static final int MESSAGES = 30;

    @DatabaseTest
    void twoClaimersNeverClaimTheSameMessage(TestDatabase db) throws Exception {
        JdbcOutbox outbox = JdbcOutboxTest.migrated(db, new MutableClock(Instant.parse("2026-03-02T08:00:00Z")));
        for (int i = 0; i < MESSAGES; i++) {
            outbox.enqueue(NewOutboxMessage.sms("sms-" + i, "+48221234567", "Reminder " + i));
        }
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            Future<List<Long>> first = nodes.submit(() -> claimUntilEmpty(outbox, start));
            Future<List<Long>> second = nodes.submit(() -> claimUntilEmpty(outbox, start));
            List<Long> a = first.get(30, TimeUnit.SECONDS);
            List<Long> b = second.get(30, TimeUnit.SECONDS);

            Set<Long> both = new HashSet<>(a);
            both.retainAll(b);
            assertThat(both).as("claimed by both nodes").isEmpty();
            assertThat(a.size() + b.size()).isEqualTo(MESSAGES);
            assertThat(new HashSet<>(a)).hasSize(a.size());
            assertThat(db.queryLong("SELECT count(*) FROM outbox_messages WHERE state = 'SENDING' AND attempts = 1"))
                    .isEqualTo(MESSAGES);
        } finally {
            nodes.shutdownNow();
        }
    }

    private static List<Long> claimUntilEmpty(JdbcOutbox outbox, CyclicBarrier start) throws Exception {
        start.await(10, TimeUnit.SECONDS);
        List<Long> claimed = new ArrayList<>();
        List<OutboxMessage> batch;
        do {
            batch = outbox.claimDue(4);
            batch.forEach(m -> claimed.add(m.id()));
        } while (!batch.isEmpty());
        return claimed;
    }
}
