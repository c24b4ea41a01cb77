package io.arrears.api.dunning;

import io.arrears.api.ledger.LedgerEvent;
import io.arrears.api.outbox.NewOutboxMessage;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** The service's verdict on one pending notice, taken inside the repository's transaction. */
public sealed interface ExecutionDecision {

    String reason();

    /**
     * Enqueue these messages (their keys derive from the notice key), journal the ledger events (the notice's interest
     * and fee claims) and mark the notice APPLIED, sent on {@code sentOn} — all in the one transaction.
     */
    record Send(List<NewOutboxMessage> messages, LocalDate sentOn, String reason, List<LedgerEvent> ledgerEvents)
            implements ExecutionDecision {

        public Send(List<NewOutboxMessage> messages, LocalDate sentOn, String reason) {
            this(messages, sentOn, reason, List.of());
        }

        public Send {
            ledgerEvents = List.copyOf(ledgerEvents);
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
