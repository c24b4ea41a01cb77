package io.arrears.route.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.arrears.api.outbox.FailureKind;
import io.arrears.api.outbox.OutboxMessage;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SmtpEmailSenderTest {

    @RegisterExtension
    static final GreenMailExtension GREENMAIL = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withUser("arrears", "pw"));

    private static final Clock CLOCK = Clock.fixed(TestMessages.NOW, ZoneOffset.UTC);
    private static final OutboxMessage MESSAGE = TestMessages.claimed(7, TestMessages.email("C-1/L2/abc/run-7"));

    private static SmtpEmailSender sender(int port, Optional<String> user) {
        return new SmtpEmailSender(new SmtpSettings("127.0.0.1", port, false, user, "pw",
                SmtpSettings.parseFrom("Acme Collections <ar@acme.example>"), Duration.ofSeconds(3)), CLOCK);
    }

    @Test
    void deliversContentRecipientsMessageIdAndAttachment() throws Exception {
        sender(GREENMAIL.getSmtp().getPort(), Optional.of("arrears")).send(MESSAGE);

        MimeMessage[] received = GREENMAIL.getReceivedMessages();
        assertThat(received).hasSize(1);
        MimeMessage mail = received[0];
        assertThat(mail.getSubject()).isEqualTo("Zahlungserinnerung FV/1/2026");
        assertThat(mail.getFrom()).containsExactly(new InternetAddress("ar@acme.example", "Acme Collections"));
        assertThat(((InternetAddress) mail.getAllRecipients()[0]).getAddress()).isEqualTo("ap@acme.example");
        assertThat(((InternetAddress) mail.getAllRecipients()[0]).getPersonal()).isEqualTo("Zofia Łęcka");
        assertThat(mail.getMessageID()).isEqualTo(OutboxReferences.messageId("C-1/L2/abc/run-7"))
                .matches("<[0-9a-f]{32}@arrears>");
        assertThat(mail.getHeader("X-Arrears-Outbox-Key")).containsExactly("C-1/L2/abc/run-7");

        List<Part> parts = leaves(mail);
        assertThat(parts).extracting(p -> p.getContentType().split(";")[0].toLowerCase())
                .containsExactly("text/plain", "text/html", "application/pdf");
        assertThat(parts.get(0).getContent()).asString().contains("bitte zahlen Sie 1.230,00 €.");
        assertThat(parts.get(1).getContent()).asString().contains("<b>1.230,00 €</b>");
        assertThat(parts.get(2).getFileName()).isEqualTo("Mahnung-FV-1-2026.pdf");
        assertThat(parts.get(2).getInputStream().readAllBytes()).isEqualTo(TestMessages.PDF.content());
    }

    @Test
    void anUnknownMailboxIsAnInvalidRecipient() throws Exception {
        try (ScriptedSmtpServer server = new ScriptedSmtpServer(new ScriptedSmtpServer.Script("550 5.1.1 no such user", "250 OK"))) {
            assertThatThrownBy(() -> sender(server.port(), Optional.empty()).send(MESSAGE))
                    .isInstanceOfSatisfying(DeliveryFailedException.class,
                            e -> assertThat(e.kind()).isEqualTo(FailureKind.INVALID_RECIPIENT))
                    .hasMessageContaining("replied 550");
        }
    }

    @Test
    void aMessageRejectedAsSpamIsBlacklisted() throws Exception {
        try (ScriptedSmtpServer server = new ScriptedSmtpServer(new ScriptedSmtpServer.Script("250 OK", "554 5.7.1 spam"))) {
            assertThatThrownBy(() -> sender(server.port(), Optional.empty()).send(MESSAGE))
                    .isInstanceOfSatisfying(DeliveryFailedException.class, e -> assertThat(e.kind()).isEqualTo(FailureKind.BLACKLISTED))
                    .hasMessageContaining("replied 554");
        }
    }

    @Test
    void aPermanentRejectionWithoutAReasonIsRefused() throws Exception {
        try (ScriptedSmtpServer server = new ScriptedSmtpServer(new ScriptedSmtpServer.Script("250 OK", "554 5.6.0 content rejected"))) {
            assertThatThrownBy(() -> sender(server.port(), Optional.empty()).send(MESSAGE))
                    .isInstanceOfSatisfying(DeliveryFailedException.class, e -> assertThat(e.kind()).isEqualTo(FailureKind.REFUSED))
                    .hasMessageContaining("replied 554");
        }
    }

    @Test
    void aTemporaryRejectionIsATransportFailure() throws Exception {
        try (ScriptedSmtpServer server = new ScriptedSmtpServer(new ScriptedSmtpServer.Script("451 4.3.0 try again later", "250 OK"))) {
            assertThatThrownBy(() -> sender(server.port(), Optional.empty()).send(MESSAGE))
                    .isInstanceOfSatisfying(DeliveryFailedException.class, e -> assertThat(e.kind()).isEqualTo(FailureKind.TRANSPORT))
                    .hasMessageContaining("replied 451");
        }
    }

    @Test
    void anUnreachableServerIsATransportFailure() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        assertThatThrownBy(() -> sender(closedPort, Optional.empty()).send(MESSAGE))
                .isInstanceOfSatisfying(DeliveryFailedException.class, e -> assertThat(e.kind()).isEqualTo(FailureKind.TRANSPORT))
                .hasMessageContaining("unreachable");
    }

    @Test
    void aConnectionLostAfterTheWholeMessageIsUncertain() throws Exception {
        try (ScriptedSmtpServer server = new ScriptedSmtpServer(new ScriptedSmtpServer.Script("250 OK", null))) {
            assertThatThrownBy(() -> sender(server.port(), Optional.empty()).send(MESSAGE))
                    .isInstanceOf(DeliveryUncertainException.class)
                    .hasMessageContaining("may have taken");
            assertThat(server.messagesCompleted()).isEqualTo(1);
        }
    }

    @Test
    void aWrongPasswordIsRefused() {
        SmtpEmailSender wrong = new SmtpEmailSender(new SmtpSettings("127.0.0.1", GREENMAIL.getSmtp().getPort(), false,
                Optional.of("arrears"), "wrong", SmtpSettings.parseFrom("ar@acme.example"), Duration.ofSeconds(3)), CLOCK);

        assertThatThrownBy(() -> wrong.send(MESSAGE))
                .isInstanceOfSatisfying(DeliveryFailedException.class, e -> assertThat(e.kind()).isEqualTo(FailureKind.REFUSED))
                .hasMessageContaining("refused the login");
    }

    /** The non-multipart parts of a message, depth first. */
    static List<Part> leaves(Part part) throws Exception {
        List<Part> leaves = new ArrayList<>();
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                leaves.addAll(leaves(multipart.getBodyPart(i)));
            }
        } else {
            leaves.add(part);
        }
        return leaves;
    }

    static byte[] bytes(Part part) throws IOException, jakarta.mail.MessagingException {
        return part.getInputStream().readAllBytes();
    }
}
