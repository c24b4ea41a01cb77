package io.arrears.api.call;

import io.arrears.api.check.Checks;
import java.util.List;

/**
 * The written summary of a call (domain.md 3.5) for the e-mail channel: a draft the collector may
 * review before it is queued for sending.
 *
 * @param language    ISO 639-1 code the text is written in (English when the debtor's language has no texts)
 * @param to          the e-mail addresses of the debtor's contacts; empty when none is known
 * @param rightToLeft true for Hebrew: render the body right-to-left
 */
public record ConfirmationDraft(String customerId, String language, List<String> to, String subject, String body,
        boolean rightToLeft) {

    public ConfirmationDraft {
        Checks.text(customerId, "ConfirmationDraft", "customerId");
        Checks.text(language, "ConfirmationDraft", "language");
        to = Checks.list(to, "ConfirmationDraft", "to");
        Checks.text(subject, "ConfirmationDraft", "subject");
        Checks.text(body, "ConfirmationDraft", "body");
    }
}
