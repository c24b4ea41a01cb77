package io.arrears.route.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.arrears.api.outbox.DeliveryChannel;
import io.arrears.api.outbox.Outbox;
import io.arrears.api.outbox.OutboxMessage;
import io.arrears.api.outbox.RetryPolicy;
import io.arrears.api.outbox.SendCheck;
import io.arrears.metrics.MetricsRegistry;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The order of the relay's steps when the send check stops a message. */
class DeliverMessageTest {

    private static final String STALE = "not sent, the ledger changed: INV-1 paid or credited since the notice was planned";

    private final List<String> steps = new CopyOnWriteArrayList<>();
    private final RecordingSender sender = new RecordingSender();

    /** Records each outbox call by name and argument; the relay's outcome calls return nothing we need here. */
    private final Outbox outbox = (Outbox) Proxy.newProxyInstance(Outbox.class.getClassLoader(), new Class<?>[] {Outbox.class},
            (proxy, method, args) -> {
                steps.add(method.getName() + (method.getName().equals("markCancelled") ? ":" + args[1] : ""));
                return null;
            });

    private DeliverMessage relay(SendCheck check) {
        return new DeliverMessage(outbox, new ChannelSenders(Arrays.stream(DeliveryChannel.values())
                .collect(Collectors.toMap(Function.identity(), channel -> (ChannelSender) sender))),
                new RetryPolicy(3, Duration.ofMinutes(1), Duration.ofMinutes(10)), new MetricsRegistry(), check);
    }

    private static SendCheck stopping(List<String> steps, Runnable beforeCancel) {
        return new SendCheck() {
            @Override
            public Optional<String> reasonNotToSend(OutboxMessage message) {
                return Optional.of(STALE);
            }

            @Override
            public void beforeCancel(OutboxMessage message, String reason) {
                steps.add("beforeCancel:" + message.key() + ":" + reason);
                beforeCancel.run();
            }
        };
    }

    @Test
    void aStoppedMessageIsUndoneByTheCheckBeforeItIsCancelled() {
        OutboxMessage message = TestMessages.claimed(7, TestMessages.email("C-1/L4/a/run-2"));

        relay(stopping(steps, () -> { })).deliver(message);

        assertThat(steps).containsExactly("beforeCancel:C-1/L4/a/run-2:" + STALE, "markCancelled:" + STALE);
        assertThat(sender.deliveries("C-1/L4/a/run-2")).isZero();
    }

    @Test
    void whenTheUndoFailsTheMessageIsNotCancelledAndStaysForTheRecoveryRoute() {
        OutboxMessage message = TestMessages.claimed(7, TestMessages.email("C-1/L4/a/run-2"));
        DeliverMessage relay = relay(stopping(steps, () -> {
            throw new IllegalStateException("database down");
        }));

        assertThatThrownBy(() -> relay.deliver(message)).hasMessage("database down");

        assertThat(steps).containsExactly("beforeCancel:C-1/L4/a/run-2:" + STALE);
        assertThat(sender.deliveries("C-1/L4/a/run-2")).isZero();
    }

    @Test
    void aMessageTheCheckLetsThroughIsNeverUndone() {
        OutboxMessage message = TestMessages.claimed(8, TestMessages.email("C-2/L1/b/run-2"));

        relay(new SendCheck() {
            @Override
            public Optional<String> reasonNotToSend(OutboxMessage m) {
                return Optional.empty();
            }

            @Override
            public void beforeCancel(OutboxMessage m, String reason) {
                steps.add("beforeCancel");
            }
        }).deliver(message);

        assertThat(steps).containsExactly("markAttemptStarted", "markSent");
        assertThat(sender.deliveries("C-2/L1/b/run-2")).isEqualTo(1);
    }
}
