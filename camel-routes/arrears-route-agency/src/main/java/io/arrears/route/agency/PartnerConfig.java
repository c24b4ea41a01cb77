package io.arrears.route.agency;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * One escalation partner (a collection agency or a credit insurer), as a factory configuration:
 * {@code etc/io.arrears.route.agency-<name>.cfg} or {@code etc/io.arrears.route.insurer-<name>.cfg}.
 */
@ObjectClassDefinition(name = "Arrears escalation partner",
        description = "A collection agency or credit insurer Arrears delivers placements or notifications to.")
public @interface PartnerConfig {

    @AttributeDefinition(name = "Enabled", description = "Deliver to this partner (false: messages wait in the queue)")
    boolean enabled() default false;

    @AttributeDefinition(name = "Partner id", description = "The id placements and policies name, lower-case letters, "
            + "digits and _ (e.g. acme_collections, allianztrade)")
    String partner_id();

    @AttributeDefinition(name = "Transport", description = "SFTP or HTTPS (JSON POST with an Idempotency-Key header)")
    String transport() default "SFTP";

    @AttributeDefinition(name = "HTTPS URL", description = "Endpoint for the HTTPS transport")
    String url() default "";

    @AttributeDefinition(type = AttributeType.PASSWORD, name = "HTTPS token", description = "Bearer token; use $[env:NAME] or ENC(…) from arrears:encrypt, never plain text")
    String token() default "";

    @AttributeDefinition(name = "Allowed hosts", description = "Comma-separated host allowlist (host, *.domain, [IPv6])")
    String allowed_hosts() default "";

    @AttributeDefinition(name = "Allow plain http", description = "Allow http:// URLs (testing only)")
    boolean allow_http() default false;

    @AttributeDefinition(name = "Allow loopback", description = "Allow localhost / 127.0.0.0/8 / ::1 targets (testing only)")
    boolean allow_loopback() default false;

    @AttributeDefinition(name = "Allow private ranges", description = "Allow private and link-local addresses "
            + "(10/8, 172.16/12, 192.168/16, 169.254/16, fc00::/7, fe80::/10), e.g. a partner reached over a VPN")
    boolean allow_private() default false;

    @AttributeDefinition(name = "SFTP host", description = "SFTP server host name")
    String sftp_host() default "";

    @AttributeDefinition(name = "SFTP port", description = "SFTP server port")
    int sftp_port() default 22;

    @AttributeDefinition(name = "SFTP user", description = "SFTP user name")
    String sftp_user() default "";

    @AttributeDefinition(type = AttributeType.PASSWORD, name = "SFTP password", description = "Password when no private key is set; use $[env:NAME] or ENC(…) from arrears:encrypt")
    String sftp_password() default "";

    @AttributeDefinition(type = AttributeType.PASSWORD, name = "SFTP private key", description = "Path of an unencrypted OpenSSH private key file")
    String sftp_private_key() default "";

    @AttributeDefinition(name = "SFTP known_hosts", description = "OpenSSH known_hosts file with the server's host key; "
            + "a server whose key is not in it is refused")
    String sftp_known_hosts() default "";

    @AttributeDefinition(name = "SFTP outbound folder", description = "Remote folder our files are written to")
    String sftp_outbound_dir() default "outbox";

    @AttributeDefinition(name = "SFTP inbound folder", description = "Remote folder the agency writes feedback files to "
            + "(empty: no polling); processed files move to .done/ or .error/ inside it")
    String sftp_inbound_dir() default "";

    @AttributeDefinition(name = "Poll interval (seconds)", description = "How often the queue and the inbound folder are checked")
    int poll_interval_seconds() default 60;

    @AttributeDefinition(name = "Batch size", description = "Messages claimed per poll")
    int batch_size() default 20;

    @AttributeDefinition(name = "Maximum attempts", description = "Attempts before a message becomes a dead letter")
    int max_attempts() default 8;

    @AttributeDefinition(name = "Backoff base (seconds)", description = "Delay after the first failed attempt; doubles each time")
    int backoff_base_seconds() default 60;

    @AttributeDefinition(name = "Backoff maximum (seconds)", description = "Longest delay between attempts")
    int backoff_max_seconds() default 3600;

    @AttributeDefinition(name = "Timeout (seconds)", description = "Connect and answer timeout of one attempt")
    int timeout_seconds() default 30;
}
