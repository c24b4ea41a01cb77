package io.arrears.api.partner;

import java.util.Objects;

/**
 * A message to a partner, as the writer hands it over.
 *
 * @param key       unique over all partner messages; also the idempotency key the partner sees (HTTP header, file name)
 * @param partnerId the configured agency or insurer id, e.g. {@code acme}
 * @param type      what it is: {@code placement}, {@code recall}, {@code notification}
 * @param body      the JSON document
 */
public record NewPartnerMessage(String key, PartnerKind kind, String partnerId, String type, String body) {

    public static final int MAX_KEY = 200;

    public NewPartnerMessage {
        Objects.requireNonNull(kind, "NewPartnerMessage.kind");
        Objects.requireNonNull(body, "NewPartnerMessage.body");
        for (String[] field : new String[][] {{"key", key}, {"partnerId", partnerId}, {"type", type}}) {
            if (field[1] == null || field[1].isBlank()) {
                throw new IllegalArgumentException("NewPartnerMessage." + field[0] + " is required");
            }
        }
        if (key.length() > MAX_KEY || !key.matches("[A-Za-z0-9._-]+")) {
            throw new IllegalArgumentException("NewPartnerMessage.key '" + key + "' must be 1 to " + MAX_KEY
                    + " characters of A-Z a-z 0-9 . _ - (it becomes a file name)");
        }
        if (!partnerId.matches("[a-z0-9][a-z0-9_]{0,63}")) {
            throw new IllegalArgumentException("partner id '" + partnerId + "' must be lower-case letters, digits and _");
        }
    }
}
