package io.arrears.api.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OutboxRecordsTest {

    private static final Attachment PDF = new Attachment("letter.pdf", Attachment.PDF, "%PDF-1.7".getBytes(StandardCharsets.US_ASCII));

    @Test
    void backoffDoublesUpToTheMaximum() {
        RetryPolicy policy = new RetryPolicy(5, Duration.ofMinutes(1), Duration.ofMinutes(10));

        assertThat(List.of(1, 2, 3, 4, 5, 100).stream().map(policy::delayAfter))
                .containsExactly(Duration.ofMinutes(1), Duration.ofMinutes(2), Duration.ofMinutes(4),
                        Duration.ofMinutes(8), Duration.ofMinutes(10), Duration.ofMinutes(10));
        assertThat(policy.mayRetryAfter(4)).isTrue();
        assertThat(policy.mayRetryAfter(5)).isFalse();
    }

    @Test
    void retryPolicyRejectsNonsense() {
        assertThatThrownBy(() -> new RetryPolicy(0, Duration.ofSeconds(1), Duration.ofSeconds(1)))
                .hasMessageContaining("maxAttempts");
        assertThatThrownBy(() -> new RetryPolicy(3, Duration.ofMinutes(2), Duration.ofMinutes(1)))
                .hasMessageContaining("maxDelay");
    }

    @Test
    void onlyTransportFailuresAreRetryable() {
        assertThat(FailureKind.values()).filteredOn(FailureKind::retryable).containsExactly(FailureKind.TRANSPORT);
    }

    @Test
    void eachChannelChecksWhatItNeeds() {
        assertThatThrownBy(() -> NewOutboxMessage.email("k", Recipient.of("not-an-address"), "s", "b", Optional.empty(), List.of()))
                .hasMessageContaining("not an e-mail address");
        assertThatThrownBy(() -> NewOutboxMessage.sms("k", "0221234567", "text"))
                .hasMessageContaining("E.164");
        assertThatThrownBy(() -> NewOutboxMessage.sms("k", "+48221234567", " "))
                .hasMessageContaining("body");
        assertThatThrownBy(() -> new NewOutboxMessage("k", DeliveryChannel.LETTER, Recipient.of("Main St 1"), Optional.empty(),
                "", Optional.empty(), List.of())).hasMessageContaining("PDF");
        assertThatThrownBy(() -> new NewOutboxMessage("k", DeliveryChannel.TASK, Recipient.of("anna"), Optional.empty(),
                "call", Optional.empty(), List.of())).hasMessageContaining("subject");
        assertThatThrownBy(() -> NewOutboxMessage.sms("k".repeat(201), "+48221234567", "text"))
                .hasMessageContaining("key is 201 characters");

        assertThat(NewOutboxMessage.letter("k", Recipient.of("Acme\nMain St 1\n00-001 Warsaw"), PDF).attachments())
                .containsExactly(PDF);
    }

    @Test
    void attachmentsCompareByContentAndCannotBeChangedFromOutside() {
        byte[] bytes = {1, 2, 3};
        Attachment attachment = new Attachment("a.bin", "application/octet-stream", bytes);
        bytes[0] = 9;
        attachment.content()[1] = 9;

        assertThat(attachment).isEqualTo(new Attachment("a.bin", "application/octet-stream", new byte[] {1, 2, 3}));
        assertThatThrownBy(() -> new Attachment("../a.pdf", Attachment.PDF, bytes)).hasMessageContaining("without folders");
        assertThatThrownBy(() -> new Attachment("a.pdf", "pdf", bytes)).hasMessageContaining("type/subtype");
    }
}
