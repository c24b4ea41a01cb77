package io.arrears.rest.internal.outbox;

import io.arrears.api.outbox.DeliveryChannel;
import io.arrears.api.outbox.DeliveryState;
import io.arrears.api.outbox.Enqueued;
import io.arrears.api.outbox.FailureKind;
import io.arrears.api.outbox.NewOutboxMessage;
import io.arrears.api.outbox.Outbox;
import io.arrears.api.outbox.OutboxMessage;
import io.arrears.api.outbox.OutboxQuery;
import io.arrears.api.outbox.Recipient;
import io.arrears.api.outbox.Resolution;
import io.arrears.api.outbox.RetryPolicy;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** An outbox holding only messages that wait for an operator: what the read-only resources ask for. */
public final class WaitingOutbox implements Outbox {

    public final List<OutboxMessage> failed = new ArrayList<>();
    public final List<OutboxMessage> unknown = new ArrayList<>();

    public static OutboxMessage message(long id, DeliveryState state, Instant created, String error) {
        NewOutboxMessage content = new NewOutboxMessage("notice-" + id, DeliveryChannel.EMAIL,
                new Recipient("ap@debtor.example", Optional.empty()), Optional.of("Reminder " + id), "body", Optional.empty(),
                List.of());
        return new OutboxMessage(id, content, state, 6, created, Optional.ofNullable(error),
                Optional.ofNullable(error).map(e -> FailureKind.BOUNCED), created, created.plusSeconds(60));
    }

    /** Messages in other states (SENT, CANCELLED, …) for the listing. */
    public final List<OutboxMessage> others = new ArrayList<>();

    @Override
    public List<OutboxMessage> list(OutboxQuery query) {
        List<OutboxMessage> all = new ArrayList<>(failed);
        all.addAll(unknown);
        all.addAll(others);
        return all.stream().filter(m -> query.states().isEmpty() || query.states().contains(m.state()))
                .filter(m -> query.channel().map(c -> c == m.channel()).orElse(true))
                .filter(m -> query.failureKind().map(k -> m.failureKind().equals(Optional.of(k))).orElse(true))
                .limit(query.limit()).toList();
    }

    @Override
    public void markCancelled(long id, String reason) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void markUndelivered(long id, FailureKind kind, String detail) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<OutboxMessage> deadLetters() {
        return List.copyOf(failed);
    }

    @Override
    public List<OutboxMessage> unknowns() {
        return List.copyOf(unknown);
    }

    @Override
    public Optional<OutboxMessage> find(long id) {
        return java.util.stream.Stream.concat(failed.stream(), unknown.stream()).filter(m -> m.id() == id).findFirst();
    }

    @Override
    public Optional<OutboxMessage> findByKey(String key) {
        return java.util.stream.Stream.concat(failed.stream(), unknown.stream()).filter(m -> m.key().equals(key)).findFirst();
    }

    // Writing is not what the resources under test do.
    @Override
    public Enqueued enqueue(Connection connection, NewOutboxMessage message) {
        throw new UnsupportedOperationException("read-only test outbox");
    }

    @Override
    public Enqueued enqueue(NewOutboxMessage message) {
        throw new UnsupportedOperationException("read-only test outbox");
    }

    @Override
    public List<OutboxMessage> claimDue(int limit) {
        throw new UnsupportedOperationException("read-only test outbox");
    }

    @Override
    public void markAttemptStarted(long id) {
        throw new UnsupportedOperationException("read-only test outbox");
    }

    @Override
    public void markSent(long id) {
        throw new UnsupportedOperationException("read-only test outbox");
    }

    @Override
    public OutboxMessage markFailed(long id, FailureKind kind, String error, RetryPolicy policy) {
        throw new UnsupportedOperationException("read-only test outbox");
    }

    @Override
    public void markUnknown(long id, String reason) {
        throw new UnsupportedOperationException("read-only test outbox");
    }

    @Override
    public int recoverStale(Duration timeout) {
        throw new UnsupportedOperationException("read-only test outbox");
    }

    @Override
    public void resolveUnknown(long id, Resolution resolution, String operator) {
        throw new UnsupportedOperationException("read-only test outbox");
    }

    @Override
    public void retryDeadLetter(long id, String operator) {
        throw new UnsupportedOperationException("read-only test outbox");
    }
}
