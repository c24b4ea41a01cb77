package io.arrears.route.dispatch;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

/** A MimeMessage whose Message-ID is fixed (derived from the outbox key) instead of generated on save. */
final class OutboxMimeMessage extends MimeMessage {

    private final String messageId;

    OutboxMimeMessage(Session session, String messageId) {
        super(session);
        this.messageId = messageId;
    }

    @Override
    protected void updateMessageID() throws MessagingException {
        setHeader("Message-ID", messageId);
    }
}
