package io.arrears.store.jdbc.contact;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Arrears contact log",
        description = "The tamper-evident log of every contact with customers.")
public @interface ContactLogConfig {

    String PID = "io.arrears.contactlog";
    String KEY_SETTING = "checkpoint.key";

    @AttributeDefinition(name = "Checkpoint key", type = AttributeType.PASSWORD,
            description = "HMAC-SHA256 key that signs contact log checkpoints, Base64 of at least 32 bytes "
                    + "('openssl rand -base64 32'). Keep it out of the database: whoever holds it can sign a checkpoint. "
                    + "Use $[env:ARREARS_CONTACT_LOG_KEY] or ENC(…) from arrears:encrypt rather than plain text. Empty: no checkpoints.")
    String checkpoint_key() default "";
}
