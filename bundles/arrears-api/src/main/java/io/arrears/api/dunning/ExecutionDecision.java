package io.arrears.api.dunning;

import io.arrears.api.outbox.NewOutboxMessage;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** The service's verdict on one pending notice, taken inside the repository's transaction. */
public sealed interface ExecutionDecision {

    String reason();

    /** Enqueue these messages (their keys derive from the notice key) and mark the notice APPLIED, sent on {@code sentOn}. */
    record Send(List<NewOutboxMessage> messages, LocalDate sentOn, String reason) implements ExecutionDecision {
        public Send {
            messages = List.copyOf(messages);
            if (messages.isEmpty()) {
                throw new IllegalArgumentException("ExecutionDecision.Send needs at least one message");
            }
            Objects.requireNonNull(sentOn, "Send.sentOn");
            Objects.requireNonNull(reason, "Send.reason");
        }
    }

    /** Mark the notice CANCELLED with the reason. */
    record Cancel(String reason) implements ExecutionDecision {
        public Cancel {
            Objects.requireNonNull(reason, "Cancel.reason");
        }
    }

    /** Leave the notice PROPOSED until {@code notBefore}. */
    record Defer(Instant notBefore, String reason) implements ExecutionDecision {
        public Defer {
            Objects.requireNonNull(notBefore, "Defer.notBefore");
            Objects.requireNonNull(reason, "Defer.reason");
        }
    }
}
