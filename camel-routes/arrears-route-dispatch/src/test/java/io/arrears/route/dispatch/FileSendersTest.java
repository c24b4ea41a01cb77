package io.arrears.route.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import io.arrears.api.outbox.NewOutboxMessage;
import io.arrears.api.outbox.Recipient;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileSendersTest {

    private static final Clock CLOCK = Clock.fixed(TestMessages.NOW, ZoneOffset.UTC);

    @TempDir
    Path root;

    private FileOutboxFolders folders() {
        return new FileOutboxFolders(root);
    }

    @Test
    void emailBecomesARealMimeMessageFile() throws Exception {
        String key = "C-1/L1/abc/run-1";
        new FileEmailSender(folders().mail(), Optional.of(SmtpSettings.parseFrom("ar@acme.example")), CLOCK)
                .send(TestMessages.claimed(1, TestMessages.email(key)));

        Path eml = folders().mail().resolve(OutboxReferences.reference(key) + ".eml");
        MimeMessage parsed;
        try (InputStream in = Files.newInputStream(eml)) {
            parsed = new MimeMessage(Session.getInstance(new Properties()), in);
        }
        assertThat(parsed.getMessageID()).isEqualTo(OutboxReferences.messageId(key));
        assertThat(parsed.getSubject()).isEqualTo("Zahlungserinnerung FV/1/2026");
        List<Part> parts = SmtpEmailSenderTest.leaves(parsed);
        assertThat(parts).hasSize(3);
        assertThat(SmtpEmailSenderTest.bytes(parts.get(2))).isEqualTo(TestMessages.PDF.content());
        assertThat(onlyFiles(folders().mail())).containsExactly(eml.getFileName().toString());
    }

    @Test
    void smsBecomesAJsonFile() throws Exception {
        String key = "C-2/L1/def/run-1";
        new FileSmsSender(folders().sms()).send(TestMessages.claimed(2, NewOutboxMessage.sms(key, "+905321234567", "Ödeme hatırlatması\n")));

        String reference = OutboxReferences.reference(key);
        assertThat(Files.readString(folders().sms().resolve(reference + ".json"), StandardCharsets.UTF_8)).isEqualTo(
                "{\"to\":\"+905321234567\",\"text\":\"Ödeme hatırlatması\\n\",\"reference\":\"" + reference
                        + "\",\"key\":\"C-2/L1/def/run-1\"}");
    }

    @Test
    void lettersGoToThePrintBatchAsTheirPdf() throws Exception {
        String key = "C-3/L3/ghi/run-2";
        new PrintBatchSender(folders().print()).send(TestMessages.claimed(3,
                NewOutboxMessage.letter(key, Recipient.of("Acme GmbH\nHauptstr. 1\n10115 Berlin", "Buchhaltung"), TestMessages.PDF)));

        String reference = OutboxReferences.reference(key);
        assertThat(Files.readAllBytes(folders().print().resolve(reference + ".pdf"))).isEqualTo(TestMessages.PDF.content());
        assertThat(Files.readString(folders().print().resolve(reference + ".json"))).isEqualTo(
                "{\"key\":\"C-3/L3/ghi/run-2\",\"name\":\"Buchhaltung\",\"address\":\"Acme GmbH\\nHauptstr. 1\\n10115 Berlin\","
                        + "\"pdf\":\"" + reference + ".pdf\"}");
        assertThat(onlyFiles(folders().print())).containsExactlyInAnyOrder(reference + ".pdf", reference + ".json");
    }

    @Test
    void tasksBecomeCollectorTaskFiles() throws Exception {
        String key = "C-4/L2/jkl/run-3/call";
        new CollectorTaskSender(folders().tasks()).send(TestMessages.claimed(4,
                NewOutboxMessage.task(key, "collector.anna", "Call Acme about FV/1/2026", "Promised on 1 March, not paid.")));

        assertThat(Files.readString(folders().tasks().resolve(OutboxReferences.reference(key) + ".json"))).isEqualTo(
                "{\"key\":\"C-4/L2/jkl/run-3/call\",\"collector\":\"collector.anna\",\"title\":\"Call Acme about FV/1/2026\","
                        + "\"details\":\"Promised on 1 March, not paid.\"}");
    }

    @Test
    void writingAgainReplacesTheFileWithoutLeavingTemporaries() throws Exception {
        Path target = root.resolve("x").resolve("a.json");
        AtomicFiles.write(target, "first".getBytes(StandardCharsets.UTF_8));
        AtomicFiles.write(target, "second".getBytes(StandardCharsets.UTF_8));

        assertThat(Files.readString(target)).isEqualTo("second");
        assertThat(onlyFiles(target.getParent())).containsExactly("a.json");
    }

    private static List<String> onlyFiles(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).toList();
        }
    }
}
