package io.arrears.route.dispatch;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.time.Duration;
import java.util.Optional;

/** Where and as whom e-mails are sent. {@code user} empty: no SMTP authentication. */
public record SmtpSettings(String host, int port, boolean startTls, Optional<String> user, String password,
        InternetAddress from, Duration timeout) {

    public SmtpSettings {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("smtp.host must not be blank");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("smtp.port must be 1..65535, was " + port);
        }
        user = user == null ? Optional.empty() : user.filter(u -> !u.isBlank());
        password = password == null ? "" : password;
        if (from == null) {
            throw new IllegalArgumentException("smtp.from must be set when smtp.host is (the sender address of every e-mail)");
        }
        if (timeout == null || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("smtp.timeout must be positive, was " + timeout);
        }
    }

    /** Parses an RFC 5322 address such as {@code Acme Collections <ar@acme.example>}. */
    public static InternetAddress parseFrom(String value) {
        try {
            InternetAddress address = new InternetAddress(value, true);
            address.validate();
            return address;
        } catch (AddressException e) {
            throw new IllegalArgumentException("smtp.from '" + value + "' is not an e-mail address: " + e.getMessage(), e);
        }
    }
}
