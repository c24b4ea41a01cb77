package io.arrears.route.dispatch;

import java.net.URI;
import java.time.Duration;

/** The generic HTTP SMS gateway: its URL (already checked against the outbound policy), token and timeout. */
public record SmsSettings(URI url, String token, Duration timeout) {

    public SmsSettings {
        if (url == null) {
            throw new IllegalArgumentException("sms.gateway.url must be set");
        }
        if (token == null || token.isBlank()) {
            throw new IllegalArgumentException("sms.gateway.token must be set when sms.gateway.url is (use $[env:ARREARS_SMS_TOKEN])");
        }
        if (timeout == null || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("sms.timeout must be positive, was " + timeout);
        }
    }

    @Override
    public String toString() {
        return "SmsSettings[url=" + url + ", token=***, timeout=" + timeout + "]";
    }
}
