package io.arrears.api.outbox;

import io.arrears.api.check.Checks;
import java.util.Optional;

/**
 * Who receives a message. {@code address} means what the channel needs (see {@link DeliveryChannel}):
 * an e-mail address, an E.164 phone number, a postal address (lines separated by '\n') or a collector id.
 */
public record Recipient(String address, Optional<String> name) {

    public static final int MAX_ADDRESS = 2000;
    public static final int MAX_NAME = 200;

    public Recipient {
        Checks.text(address, "Recipient", "address");
        Checks.maxLength(address, MAX_ADDRESS, "Recipient", "address");
        name = Checks.optionalText(name, "Recipient", "name");
        name.ifPresent(n -> Checks.maxLength(n, MAX_NAME, "Recipient", "name"));
    }

    public static Recipient of(String address) {
        return new Recipient(address, Optional.empty());
    }

    public static Recipient of(String address, String name) {
        return new Recipient(address, Optional.ofNullable(name));
    }
}
