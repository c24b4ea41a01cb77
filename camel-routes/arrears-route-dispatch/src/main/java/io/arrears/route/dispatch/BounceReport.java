package io.arrears.route.dispatch;

import io.arrears.api.outbox.FailureKind;
import java.util.Locale;
import java.util.Optional;

/**
 * A delivery status notification (RFC 3464 bounce) for one of our e-mails, as the mail server returns it. The returned
 * original headers carry {@code X-Arrears-Outbox-Key}; the {@code Status:} and {@code Diagnostic-Code:} fields say
 * why. Only failures count ({@code Action: failed} or a 5.x.x status): delayed-delivery warnings are ignored.
 */
record BounceReport(String outboxKey, FailureKind kind, String detail) {

    private static final String KEY_HEADER = "x-arrears-outbox-key:";

    /** Empty when the text is not a failure report about one of our messages. */
    static Optional<BounceReport> parse(String raw) {
        String status = "";
        String diagnostic = "";
        String action = "";
        String key = null;
        for (String line : unfolded(raw).split("\n")) {
            String lower = line.toLowerCase(Locale.ROOT);
            if (lower.startsWith(KEY_HEADER) && key == null) {
                key = line.substring(KEY_HEADER.length()).strip();
            } else if (lower.startsWith("status:") && status.isEmpty()) {
                status = line.substring("status:".length()).strip();
            } else if (lower.startsWith("diagnostic-code:") && diagnostic.isEmpty()) {
                diagnostic = line.substring("diagnostic-code:".length()).strip();
            } else if (lower.startsWith("action:") && action.isEmpty()) {
                action = line.substring("action:".length()).strip().toLowerCase(Locale.ROOT);
            }
        }
        boolean failed = action.equals("failed") || status.startsWith("5.");
        if (key == null || key.isEmpty() || !failed) {
            return Optional.empty();
        }
        String detail = ("bounce report: status " + (status.isEmpty() ? "?" : status)
                + (diagnostic.isEmpty() ? "" : ", " + diagnostic)).strip();
        FailureKind kind = SmtpReplies.kind(0, status + " " + diagnostic);
        // the server took the e-mail and returned it later: an unknown mailbox is still "bounced" for the collector
        return Optional.of(new BounceReport(key, kind == FailureKind.TRANSPORT || kind == FailureKind.REFUSED
                || kind == FailureKind.INVALID_RECIPIENT ? FailureKind.BOUNCED : kind, detail));
    }

    /** Header continuation lines joined to their header (RFC 5322 folding). */
    private static String unfolded(String raw) {
        return raw.replace("\r\n", "\n").replaceAll("\n[ \t]+", " ");
    }
}
