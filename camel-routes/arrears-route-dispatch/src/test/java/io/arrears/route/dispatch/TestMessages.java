package io.arrears.route.dispatch;

import io.arrears.api.outbox.Attachment;
import io.arrears.api.outbox.DeliveryState;
import io.arrears.api.outbox.NewOutboxMessage;
import io.arrears.api.outbox.OutboxMessage;
import io.arrears.api.outbox.Recipient;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Outbox messages as the relay hands them to senders (claimed: SENDING, first attempt). */
final class TestMessages {

    static final Instant NOW = Instant.parse("2026-03-02T08:00:00Z");
    static final Attachment PDF = new Attachment("Mahnung-FV-1-2026.pdf", Attachment.PDF,
            "%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF".getBytes(StandardCharsets.US_ASCII));

    private TestMessages() {
    }

    static NewOutboxMessage email(String key) {
        return NewOutboxMessage.email(key, Recipient.of("ap@acme.example", "Zofia Łęcka"), "Zahlungserinnerung FV/1/2026",
                "Sehr geehrte Damen und Herren,\nbitte zahlen Sie 1.230,00 €.", Optional.of("<p>Bitte zahlen Sie <b>1.230,00 €</b>.</p>"),
                List.of(PDF));
    }

    static OutboxMessage claimed(long id, NewOutboxMessage content) {
        return new OutboxMessage(id, content, DeliveryState.SENDING, 1, NOW, Optional.empty(), Optional.empty(), NOW, NOW);
    }
}
