package io.arrears.route.agency;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Where and how to reach a partner's SFTP server. The server's host key must be in {@code knownHosts} (OpenSSH
 * format): an unknown or changed key is refused, never accepted on first use.
 *
 * @param password      used when no private key is configured
 * @param privateKey    an OpenSSH/PEM private key file (unencrypted; protect it with file permissions)
 * @param outboundDir   remote folder placement/recall/notification files are written to
 * @param inboundDir    remote folder the partner writes feedback files to; empty when feedback comes another way
 */
public record SftpSettings(String host, int port, String user, Optional<String> password, Optional<Path> privateKey,
        Path knownHosts, String outboundDir, Optional<String> inboundDir, Duration timeout) {

    public SftpSettings {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("sftp.host is required for the SFTP transport");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("sftp.port must be 1 to 65535, was " + port);
        }
        if (user == null || user.isBlank()) {
            throw new IllegalArgumentException("sftp.user is required for the SFTP transport");
        }
        Objects.requireNonNull(knownHosts, "sftp.known.hosts is required: unknown host keys are refused");
        if (password.isEmpty() && privateKey.isEmpty()) {
            throw new IllegalArgumentException("sftp.password or sftp.private.key is required for the SFTP transport");
        }
        outboundDir = outboundDir == null || outboundDir.isBlank() ? "." : outboundDir.strip();
    }
}
