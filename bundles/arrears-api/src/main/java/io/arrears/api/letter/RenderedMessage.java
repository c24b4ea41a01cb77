package io.arrears.api.letter;

import io.arrears.api.check.Checks;

/** A message to the debtor as e-mail subject and plain-text and HTML bodies (no printed letter). */
public record RenderedMessage(String subject, String textBody, String htmlBody) {

    public RenderedMessage {
        Checks.text(subject, "RenderedMessage", "subject");
        Checks.text(textBody, "RenderedMessage", "textBody");
        Checks.text(htmlBody, "RenderedMessage", "htmlBody");
    }
}
