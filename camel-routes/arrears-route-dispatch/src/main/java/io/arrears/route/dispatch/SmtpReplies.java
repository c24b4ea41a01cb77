package io.arrears.route.dispatch;

import io.arrears.api.outbox.FailureKind;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an SMTP reply or a bounce report's status means for the debtor's address (RFC 3463 enhanced status codes):
 * block lists and policy rejections are BLACKLISTED, unknown mailboxes and domains INVALID_RECIPIENT, a full or
 * disabled mailbox BOUNCED, other permanent (5xx) replies REFUSED, temporary (4xx) ones TRANSPORT.
 */
final class SmtpReplies {

    private static final Pattern ENHANCED = Pattern.compile("\\b([245])\\.(\\d{1,3})\\.(\\d{1,3})\\b");
    private static final Pattern BLOCK_WORDS = Pattern.compile(
            "blacklist|blocklist|block list|black list|blocked|spamhaus|\\brbl\\b|dnsbl|listed|reputation|spam");

    private SmtpReplies() {
    }

    /** @param code the basic reply code (e.g. 550), 0 when only the text is known */
    static FailureKind kind(int code, String text) {
        String lower = text == null ? "" : text.toLowerCase(Locale.ROOT);
        Matcher enhanced = ENHANCED.matcher(lower);
        int klass = code / 100;
        String subject = "";
        String detail = "";
        if (enhanced.find()) {
            klass = Integer.parseInt(enhanced.group(1));
            subject = enhanced.group(2);
            detail = enhanced.group(3);
        }
        if (klass == 4) {
            return FailureKind.TRANSPORT;
        }
        if (BLOCK_WORDS.matcher(lower).find() || (subject.equals("7") && detail.equals("1"))) {
            return FailureKind.BLACKLISTED;
        }
        if (subject.equals("1") && (detail.equals("1") || detail.equals("2") || detail.equals("3") || detail.equals("10"))) {
            return FailureKind.INVALID_RECIPIENT;
        }
        if (subject.equals("2")) {
            return FailureKind.BOUNCED; // mailbox full, disabled or message too big for it
        }
        return klass == 5 ? FailureKind.REFUSED : FailureKind.TRANSPORT;
    }
}
