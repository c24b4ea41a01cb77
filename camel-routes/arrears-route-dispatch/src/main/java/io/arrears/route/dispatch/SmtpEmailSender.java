package io.arrears.route.dispatch;

import io.arrears.api.outbox.FailureKind;
import io.arrears.api.outbox.OutboxMessage;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Properties;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPSenderFailedException;

/**
 * E-mail over SMTP (Jakarta Mail / Angus). Failures before the server took the message are definite:
 * a 5xx reply is REFUSED (not retried), a 4xx reply or an unreachable server is TRANSPORT (retried).
 * A connection lost during the transaction without a reply is uncertain: the server may have queued
 * the message.
 */
public final class SmtpEmailSender implements ChannelSender {

    private final SmtpSettings settings;
    private final Clock clock;

    public SmtpEmailSender(SmtpSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public void send(OutboxMessage message) throws DeliveryException {
        try {
            MailClassLoader.call(() -> {
                sendNow(message);
                return null;
            });
        } catch (DeliveryException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("unexpected failure sending e-mail " + message.key(), e);
        }
    }

    private void sendNow(OutboxMessage message) throws DeliveryException {
        Session session = Session.getInstance(properties());
        MimeMessage mime;
        try {
            mime = MimeMessages.build(session, message, Optional.of(settings.from()), clock.instant());
        } catch (MessagingException e) {
            throw new DeliveryFailedException(FailureKind.INVALID_RECIPIENT,
                    "cannot build the e-mail to '" + message.recipient().address() + "': " + e.getMessage(), e);
        }
        Transport transport = transport(session);
        try {
            connect(transport);
            try {
                transport.sendMessage(mime, mime.getAllRecipients());
            } catch (MessagingException e) {
                OptionalInt code = replyCode(e);
                if (code.isEmpty()) {
                    throw new DeliveryUncertainException("SMTP " + where() + " failed without a reply during the "
                            + "transaction; the server may have taken the e-mail: " + e.getMessage(), e);
                }
                throw rejected(code.getAsInt(), e);
            }
        } finally {
            closeQuietly(transport);
        }
    }

    private static Transport transport(Session session) throws DeliveryFailedException {
        try {
            return session.getTransport("smtp");
        } catch (MessagingException e) {
            throw new DeliveryFailedException(FailureKind.TRANSPORT,
                    "Jakarta Mail has no SMTP provider (is the Angus Mail bundle installed?): " + e.getMessage(), e);
        }
    }

    /** A failed QUIT does not undo an accepted e-mail; nothing to report. */
    private static void closeQuietly(Transport transport) {
        try {
            transport.close();
        } catch (MessagingException e) {
            // the server's answer to DATA already decided the outcome
        }
    }

    private void connect(Transport transport) throws DeliveryFailedException {
        try {
            transport.connect(settings.host(), settings.port(), settings.user().orElse(null),
                    settings.user().isPresent() ? settings.password() : null);
        } catch (AuthenticationFailedException e) {
            throw new DeliveryFailedException(FailureKind.REFUSED, "SMTP " + where() + " refused the login of '"
                    + settings.user().orElse("") + "': " + e.getMessage(), e);
        } catch (MessagingException e) {
            OptionalInt code = replyCode(e);
            if (code.isPresent()) {
                throw rejected(code.getAsInt(), e);
            }
            throw new DeliveryFailedException(FailureKind.TRANSPORT, "SMTP " + where() + " unreachable: " + e.getMessage(), e);
        }
    }

    private DeliveryFailedException rejected(int code, MessagingException e) {
        FailureKind kind = SmtpReplies.kind(code, replyTexts(e));
        return new DeliveryFailedException(kind, "SMTP " + where() + " replied " + code + ": " + e.getMessage().strip(), e);
    }

    /** The messages of the exception chain: the per-address failure holds the server's reply text. */
    private static String replyTexts(MessagingException e) {
        StringBuilder texts = new StringBuilder();
        Exception current = e;
        for (int depth = 0; current != null && depth < 16; depth++) {
            texts.append(current.getMessage()).append('\n');
            current = current instanceof MessagingException m ? m.getNextException() : null;
        }
        return texts.toString();
    }

    /** The first SMTP reply code in the exception chain (angus nests per-address failures). */
    static OptionalInt replyCode(MessagingException e) {
        Exception current = e;
        for (int depth = 0; current != null && depth < 16; depth++) {
            if (current instanceof SMTPAddressFailedException a && a.getReturnCode() > 0) {
                return OptionalInt.of(a.getReturnCode());
            }
            if (current instanceof SMTPSenderFailedException s && s.getReturnCode() > 0) {
                return OptionalInt.of(s.getReturnCode());
            }
            if (current instanceof SMTPSendFailedException s && s.getReturnCode() > 0) {
                return OptionalInt.of(s.getReturnCode());
            }
            current = current instanceof MessagingException m ? m.getNextException() : null;
        }
        return OptionalInt.empty();
    }

    private String where() {
        return settings.host() + ":" + settings.port();
    }

    private Properties properties() {
        Properties props = new Properties();
        String timeout = String.valueOf(settings.timeout().toMillis());
        props.setProperty("mail.smtp.host", settings.host());
        props.setProperty("mail.smtp.port", String.valueOf(settings.port()));
        props.setProperty("mail.smtp.auth", String.valueOf(settings.user().isPresent()));
        props.setProperty("mail.smtp.starttls.enable", String.valueOf(settings.startTls()));
        props.setProperty("mail.smtp.starttls.required", String.valueOf(settings.startTls()));
        props.setProperty("mail.smtp.connectiontimeout", timeout);
        props.setProperty("mail.smtp.timeout", timeout);
        props.setProperty("mail.smtp.writetimeout", timeout);
        props.setProperty("mail.smtp.from", settings.from().getAddress());
        return props;
    }
}
