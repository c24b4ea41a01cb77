package io.arrears.route.dispatch;

import io.arrears.api.outbox.RetryPolicy;
import io.arrears.api.secret.Secrets;
import io.arrears.routes.support.http.OutboundUrlPolicy;
import jakarta.mail.internet.InternetAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/** The dispatch configuration, checked: channel settings present only when configured. */
public record DispatchSettings(Optional<SmtpSettings> smtp, Optional<InternetAddress> from, Optional<SmsSettings> sms,
        Path outboxFolder, Duration pollInterval, int batchSize, RetryPolicy retryPolicy, Duration sendingTimeout) {

    public DispatchSettings {
        if (pollInterval.isNegative() || pollInterval.isZero()) {
            throw new IllegalArgumentException("poll.interval must be positive, was " + pollInterval);
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch.size must be at least 1, was " + batchSize);
        }
        Duration longestSend = longest(smtp.map(SmtpSettings::timeout), sms.map(SmsSettings::timeout));
        if (sendingTimeout.compareTo(longestSend.multipliedBy(2)) < 0) {
            throw new IllegalArgumentException("sending.timeout " + sendingTimeout + " must be at least twice the longest "
                    + "channel timeout " + longestSend + ", or sends still under way would be declared UNKNOWN");
        }
    }

    public static DispatchSettings from(DispatchConfig config, Path defaultOutboxFolder) {
        Optional<InternetAddress> from = config.mail_from().isBlank() ? Optional.empty()
                : Optional.of(SmtpSettings.parseFrom(config.mail_from()));
        Optional<SmtpSettings> smtp = config.smtp_host().isBlank() ? Optional.empty()
                : Optional.of(new SmtpSettings(config.smtp_host().strip(), config.smtp_port(), config.smtp_starttls(),
                        Optional.of(config.smtp_user().strip()),
                        Secrets.resolve("smtp.password in " + DispatchConfig.PID, config.smtp_password()),
                        from.orElseThrow(() -> new IllegalArgumentException(
                                "mail.from must be set when smtp.host is (the sender address of every e-mail)")),
                        seconds(config.smtp_timeout_seconds(), "smtp.timeout.seconds")));
        Optional<SmsSettings> sms = config.sms_gateway_url().isBlank() ? Optional.empty()
                : Optional.of(new SmsSettings(
                        OutboundUrlPolicy.parse(config.sms_allowed_hosts(), config.sms_allow_http(), config.sms_allow_loopback())
                                .check(config.sms_gateway_url()),
                        Secrets.resolve("sms.gateway.token in " + DispatchConfig.PID, config.sms_gateway_token()), seconds(config.sms_timeout_seconds(), "sms.timeout.seconds")));
        Path folder = config.outbox_folder().isBlank() ? defaultOutboxFolder : Path.of(config.outbox_folder().strip());
        RetryPolicy retry = new RetryPolicy(config.max_attempts(), seconds(config.backoff_base_seconds(), "backoff.base.seconds"),
                seconds(config.backoff_max_seconds(), "backoff.max.seconds"));
        return new DispatchSettings(smtp, from, sms, folder, seconds(config.poll_interval_seconds(), "poll.interval.seconds"),
                config.batch_size(), retry, seconds(config.sending_timeout_seconds(), "sending.timeout.seconds"));
    }

    private static Duration seconds(int value, String key) {
        if (value < 1) {
            throw new IllegalArgumentException(key + " must be at least 1, was " + value);
        }
        return Duration.ofSeconds(value);
    }

    private static Duration longest(Optional<Duration> a, Optional<Duration> b) {
        Duration first = a.orElse(Duration.ZERO);
        Duration second = b.orElse(Duration.ZERO);
        return first.compareTo(second) >= 0 ? first : second;
    }
}
