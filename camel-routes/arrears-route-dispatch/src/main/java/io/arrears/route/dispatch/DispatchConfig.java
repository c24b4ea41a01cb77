package io.arrears.route.dispatch;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Arrears dispatch",
        description = "Delivers the outbox: e-mail over SMTP, SMS through an HTTP gateway, letters to the print batch, "
                + "collector tasks. Without SMTP or SMS settings, e-mails and SMS are written to the file outbox instead.")
public @interface DispatchConfig {

    String PID = "io.arrears.route.dispatch";

    @AttributeDefinition(name = "SMTP host", description = "Mail server for e-mails. Empty: e-mails go to the file outbox as .eml files.")
    String smtp_host() default "";

    @AttributeDefinition(name = "SMTP port", description = "587 (submission with STARTTLS) usually; 25 for a relay in the same network.")
    int smtp_port() default 587;

    @AttributeDefinition(name = "SMTP STARTTLS", description = "Require STARTTLS before logging in and sending.")
    boolean smtp_starttls() default true;

    @AttributeDefinition(name = "SMTP user", description = "Login for the mail server. Empty: no authentication.")
    String smtp_user() default "";

    @AttributeDefinition(name = "SMTP password", type = AttributeType.PASSWORD,
            description = "Never in plain text: $[env:ARREARS_SMTP_PASSWORD] (environment variable) or ENC(…) from arrears:encrypt.")
    String smtp_password() default "";

    @AttributeDefinition(name = "Sender address", description = "From of every e-mail, e.g. 'Acme Collections <ar@acme.example>'. "
            + "Required with an SMTP host.")
    String mail_from() default "";

    @AttributeDefinition(name = "SMTP timeout (seconds)", description = "Connect and read timeout towards the mail server.")
    int smtp_timeout_seconds() default 30;

    @AttributeDefinition(name = "SMS gateway URL", description = "The gateway's POST endpoint (https). Empty: SMS go to the "
            + "file outbox as .json files. Its host must be on the SMS host allowlist.")
    String sms_gateway_url() default "";

    @AttributeDefinition(name = "SMS gateway token", type = AttributeType.PASSWORD,
            description = "Bearer token for the gateway. Never in plain text: $[env:ARREARS_SMS_TOKEN] or ENC(…) from arrears:encrypt.")
    String sms_gateway_token() default "";

    @AttributeDefinition(name = "SMS hosts allowed", description = "Comma-separated hosts the SMS gateway URL may point at "
            + "(sms.example.com, *.example.net).")
    String sms_allowed_hosts() default "";

    @AttributeDefinition(name = "Allow plain http", description = "Allow an http:// gateway URL (test systems only).")
    boolean sms_allow_http() default false;

    @AttributeDefinition(name = "Allow loopback", description = "Allow a gateway on this machine (localhost, 127.0.0.1; test systems only).")
    boolean sms_allow_loopback() default false;

    @AttributeDefinition(name = "SMS timeout (seconds)", description = "Connect and answer timeout towards the SMS gateway.")
    int sms_timeout_seconds() default 10;

    @AttributeDefinition(name = "Outbox folder", description = "Root of the file outbox (mail/, sms/), the print batch (print/) "
            + "and collector tasks (tasks/). Empty: ${karaf.data}/arrears/outbox.")
    String outbox_folder() default "";

    @AttributeDefinition(name = "Poll interval (seconds)", description = "How often the relay looks for due messages.")
    int poll_interval_seconds() default 30;

    @AttributeDefinition(name = "Batch size", description = "At most this many messages per poll and node.")
    int batch_size() default 20;

    @AttributeDefinition(name = "Maximum attempts", description = "Attempts for a message whose channel fails temporarily; "
            + "then it becomes a dead letter (FAILED).")
    int max_attempts() default 6;

    @AttributeDefinition(name = "Backoff base (seconds)", description = "Wait after the first failed attempt; doubled after each next one.")
    int backoff_base_seconds() default 60;

    @AttributeDefinition(name = "Backoff maximum (seconds)", description = "Longest wait between two attempts.")
    int backoff_max_seconds() default 3600;

    @AttributeDefinition(name = "Sending timeout (seconds)", description = "A message still SENDING after this long (its node "
            + "stopped mid-send) becomes UNKNOWN for an operator to decide. Must exceed the SMTP and SMS timeouts.")
    int sending_timeout_seconds() default 900;
}
