package io.arrears.route.dispatch;

/** One SMS for a gateway: the E.164 number, the text, and a stable reference the gateway can deduplicate on. */
public record SmsRequest(String to, String text, String reference) {
}
