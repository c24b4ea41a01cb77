package io.arrears.route.dispatch;

import io.arrears.api.outbox.Attachment;
import io.arrears.api.outbox.OutboxMessage;
import io.arrears.api.outbox.Recipient;
import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;

/**
 * Builds the MIME e-mail of an outbox message: text (and HTML when given) as alternatives, then the
 * attachments; Message-ID from the outbox key ({@link OutboxReferences#messageId}). Used for SMTP and
 * for the file outbox's .eml files alike.
 */
final class MimeMessages {

    private MimeMessages() {
    }

    static MimeMessage build(Session session, OutboxMessage message, Optional<InternetAddress> from, Instant sentAt)
            throws MessagingException {
        MimeMessage mime = new OutboxMimeMessage(session, OutboxReferences.messageId(message.key()));
        if (from.isPresent()) {
            mime.setFrom(from.get());
        }
        mime.setRecipient(Message.RecipientType.TO, address(message.recipient()));
        mime.setSubject(message.content().subject().orElse(""), StandardCharsets.UTF_8.name());
        mime.setSentDate(Date.from(sentAt));
        mime.setHeader("X-Arrears-Outbox-Key", message.key());

        MimeMultipart mixed = new MimeMultipart("mixed");
        mixed.addBodyPart(bodyPart(message));
        for (Attachment attachment : message.content().attachments()) {
            MimeBodyPart part = new MimeBodyPart();
            part.setDataHandler(new DataHandler(new ByteArrayDataSource(attachment.content(), attachment.mediaType())));
            part.setFileName(attachment.name());
            part.setDisposition(MimeBodyPart.ATTACHMENT);
            // always base64: a 7bit choice for an ASCII-only file would let line endings be rewritten
            part.setHeader("Content-Transfer-Encoding", "base64");
            mixed.addBodyPart(part);
        }
        mime.setContent(mixed);
        mime.saveChanges();
        return mime;
    }

    private static MimeBodyPart bodyPart(OutboxMessage message) throws MessagingException {
        MimeBodyPart text = new MimeBodyPart();
        text.setText(message.content().body(), StandardCharsets.UTF_8.name());
        Optional<String> html = message.content().htmlBody();
        if (html.isEmpty()) {
            return text;
        }
        MimeBodyPart htmlPart = new MimeBodyPart();
        htmlPart.setText(html.get(), StandardCharsets.UTF_8.name(), "html");
        MimeMultipart alternative = new MimeMultipart("alternative");
        alternative.addBodyPart(text);
        alternative.addBodyPart(htmlPart);
        MimeBodyPart wrapper = new MimeBodyPart();
        wrapper.setContent(alternative);
        return wrapper;
    }

    static InternetAddress address(Recipient recipient) throws MessagingException {
        try {
            InternetAddress address = new InternetAddress(recipient.address(), recipient.name().orElse(null),
                    StandardCharsets.UTF_8.name());
            address.validate();
            return address;
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException("UTF-8 is always supported", e);
        }
    }
}
