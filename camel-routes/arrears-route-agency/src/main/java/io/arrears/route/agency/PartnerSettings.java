package io.arrears.route.agency;

import io.arrears.api.secret.Secrets;
import io.arrears.routes.support.http.OutboundUrlPolicy;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * A validated {@link PartnerConfig}: bad values fail at activation with the key named, not at the first delivery. A disabled
 * partner's transport settings are validated when it is enabled.
 */
public record PartnerSettings(boolean enabled, String partnerId, String transport, OutboundUrlPolicy policy,
        Optional<HttpSettings> http, Optional<SftpSettings> sftp, Duration pollInterval, int batchSize, int maxAttempts,
        Duration backoffBase, Duration backoffMax) {

    public static PartnerSettings from(PartnerConfig config) {
        String id = config.partner_id() == null ? "" : config.partner_id().strip();
        if (!id.matches("[a-z0-9][a-z0-9_]{0,63}")) {
            throw new IllegalArgumentException("partner.id '" + id + "' must be lower-case letters, digits and _");
        }
        String transport = config.transport().strip().toUpperCase(Locale.ROOT);
        OutboundUrlPolicy policy = OutboundUrlPolicy.parse(config.allowed_hosts(), config.allow_http(), config.allow_loopback(),
                config.allow_private());
        Duration timeout = Duration.ofSeconds(positive("timeout.seconds", config.timeout_seconds()));
        Optional<HttpSettings> http = Optional.empty();
        Optional<SftpSettings> sftp = Optional.empty();
        // a disabled partner (e.g. the shipped example) opens no client: its transport is checked once it is enabled
        switch (config.enabled() ? transport : "DISABLED") {
            case "DISABLED" -> { }
            case "HTTPS" -> http = Optional.of(new HttpSettings(policy.check(config.url()), text(Secrets.resolve("token of partner " + id, config.token())), timeout));
            case "SFTP" -> sftp = Optional.of(new SftpSettings(config.sftp_host().strip(), config.sftp_port(),
                    config.sftp_user().strip(), text(Secrets.resolve("sftp.password of partner " + id, config.sftp_password())), text(config.sftp_private_key()).map(Path::of),
                    text(config.sftp_known_hosts()).map(Path::of).orElseThrow(() -> new IllegalArgumentException(
                            "sftp.known.hosts is required: Arrears refuses SFTP servers whose host key it does not know")),
                    config.sftp_outbound_dir(), text(config.sftp_inbound_dir()), timeout));
            default -> throw new IllegalArgumentException("transport '" + config.transport() + "' must be SFTP or HTTPS");
        }
        return new PartnerSettings(config.enabled(), id, transport, policy, http, sftp,
                Duration.ofSeconds(positive("poll.interval.seconds", config.poll_interval_seconds())),
                positive("batch.size", config.batch_size()), positive("max.attempts", config.max_attempts()),
                Duration.ofSeconds(positive("backoff.base.seconds", config.backoff_base_seconds())),
                Duration.ofSeconds(positive("backoff.max.seconds", config.backoff_max_seconds())));
    }

    /** The transport these settings describe. */
    public PartnerTransport newTransport() {
        return http.<PartnerTransport>map(h -> new HttpsJsonTransport(h, policy))
                .orElseGet(() -> new SftpTransport(sftp.orElseThrow(), policy));
    }

    /** Exponential backoff after {@code attempts} failed attempts, capped. */
    public Duration backoffAfter(int attempts) {
        long factor = 1L << Math.min(Math.max(attempts - 1, 0), 20);
        Duration delay = backoffBase.multipliedBy(factor);
        return delay.compareTo(backoffMax) > 0 ? backoffMax : delay;
    }

    private static int positive(String key, int value) {
        if (value < 1) {
            throw new IllegalArgumentException(key + " must be at least 1, was " + value);
        }
        return value;
    }

    private static Optional<String> text(String value) {
        return Optional.ofNullable(value).map(String::strip).filter(v -> !v.isEmpty());
    }
}
