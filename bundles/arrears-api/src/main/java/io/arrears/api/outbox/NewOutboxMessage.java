package io.arrears.api.outbox;

import io.arrears.api.check.Checks;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A message to deliver, as the caller hands it to {@link Outbox#enqueue}. The {@code key} makes it
 * unique: enqueuing the same key again is a no-op (e.g. customer + level + item-set hash + run id).
 * Per channel: EMAIL needs a subject and an e-mail address; SMS a body and an E.164 number; LETTER a
 * PDF attachment; TASK a subject (what to do).
 */
public record NewOutboxMessage(String key, DeliveryChannel channel, Recipient recipient, Optional<String> subject,
        String body, Optional<String> htmlBody, List<Attachment> attachments) {

    public static final int MAX_KEY = 200;
    public static final int MAX_SUBJECT = 998;
    public static final int MAX_BODY = 1_000_000;

    private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{6,14}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    public NewOutboxMessage {
        String record = "NewOutboxMessage";
        Checks.text(key, record, "key");
        Checks.maxLength(key, MAX_KEY, record, "key");
        Checks.present(channel, record, "channel");
        Checks.present(recipient, record, "recipient");
        subject = Checks.optionalText(subject, record, "subject");
        subject.ifPresent(s -> Checks.maxLength(s, MAX_SUBJECT, record, "subject"));
        Checks.present(body, record, "body");
        Checks.maxLength(body, MAX_BODY, record, "body");
        htmlBody = Checks.optionalText(htmlBody, record, "htmlBody");
        htmlBody.ifPresent(h -> Checks.maxLength(h, MAX_BODY, record, "htmlBody"));
        attachments = Checks.list(attachments, record, "attachments");
        checkChannel(key, channel, recipient, subject, body, attachments);
    }

    private static void checkChannel(String key, DeliveryChannel channel, Recipient recipient, Optional<String> subject,
            String body, List<Attachment> attachments) {
        String where = "NewOutboxMessage '" + key + "' (" + channel + ")";
        switch (channel) {
            case EMAIL -> {
                if (!EMAIL.matcher(recipient.address()).matches()) {
                    throw new IllegalArgumentException(where + ": recipient '" + recipient.address() + "' is not an e-mail address");
                }
                subject.orElseThrow(() -> new IllegalArgumentException(where + ": an e-mail needs a subject"));
            }
            case SMS -> {
                if (!E164.matcher(recipient.address()).matches()) {
                    throw new IllegalArgumentException(where + ": recipient '" + recipient.address()
                            + "' is not a phone number in E.164 form (+ country code and digits, e.g. +48221234567)");
                }
                Checks.text(body, "NewOutboxMessage", "body");
            }
            case LETTER -> {
                if (attachments.stream().noneMatch(a -> a.mediaType().equals(Attachment.PDF))) {
                    throw new IllegalArgumentException(where + ": a letter needs its PDF as an attachment of type " + Attachment.PDF);
                }
            }
            case TASK -> subject.orElseThrow(() -> new IllegalArgumentException(where + ": a task needs a subject (what to do)"));
        }
    }

    public static NewOutboxMessage email(String key, Recipient to, String subject, String text, Optional<String> html,
            List<Attachment> attachments) {
        return new NewOutboxMessage(key, DeliveryChannel.EMAIL, to, Optional.of(subject), text, html, attachments);
    }

    public static NewOutboxMessage sms(String key, String phone, String text) {
        return new NewOutboxMessage(key, DeliveryChannel.SMS, Recipient.of(phone), Optional.empty(), text,
                Optional.empty(), List.of());
    }

    public static NewOutboxMessage letter(String key, Recipient postal, Attachment pdf) {
        return new NewOutboxMessage(key, DeliveryChannel.LETTER, postal, Optional.empty(), "", Optional.empty(), List.of(pdf));
    }

    public static NewOutboxMessage task(String key, String collector, String title, String details) {
        return new NewOutboxMessage(key, DeliveryChannel.TASK, Recipient.of(collector), Optional.of(title), details,
                Optional.empty(), List.of());
    }
}
