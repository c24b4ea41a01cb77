package io.arrears.route.dispatch;

import io.arrears.api.outbox.FailureKind;
import io.arrears.api.outbox.OutboxMessage;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.Properties;

/** The embedded default for e-mail when no SMTP server is configured: one RFC 5322 .eml file per message. */
public final class FileEmailSender implements ChannelSender {

    private final Path folder;
    private final Optional<InternetAddress> from;
    private final Clock clock;

    public FileEmailSender(Path folder, Optional<InternetAddress> from, Clock clock) {
        this.folder = folder;
        this.from = from;
        this.clock = clock;
    }

    @Override
    public void send(OutboxMessage message) throws DeliveryException {
        try {
            MailClassLoader.call(() -> write(message));
        } catch (DeliveryException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new DeliveryFailedException(FailureKind.TRANSPORT, "cannot write the e-mail file of " + message.key()
                    + " in " + folder + ": " + e.getMessage(), e);
        }
    }

    private Path write(OutboxMessage message) throws IOException, DeliveryFailedException {
        MimeMessage mime;
        try {
            mime = MimeMessages.build(Session.getInstance(new Properties()), message, from, clock.instant());
        } catch (MessagingException e) {
            throw new DeliveryFailedException(FailureKind.INVALID_RECIPIENT,
                    "cannot build the e-mail to '" + message.recipient().address() + "': " + e.getMessage(), e);
        }
        return AtomicFiles.write(folder.resolve(OutboxReferences.reference(message.key()) + ".eml"), mime::writeTo);
    }
}
