package io.arrears.rest.internal.config;

import java.lang.reflect.Array;
import java.util.Locale;
import java.util.regex.Pattern;

/** Which configuration values are secrets (shown as {@value #MASK}) and how values are shown. */
final class ConfigMasking {

    static final String MASK = "********";

    private static final Pattern SECRET_KEY = Pattern.compile(".*(password|passwd|secret|token|credential|key)$");

    private ConfigMasking() {
    }

    static boolean isSecret(String key) {
        return SECRET_KEY.matcher(key.toLowerCase(Locale.ROOT)).matches();
    }

    /** The value as text, masked for secret keys (an empty secret stays empty: "not set" is not a secret). */
    static String show(String key, Object value) {
        String text = text(value);
        return isSecret(key) && !text.isEmpty() ? MASK : text;
    }

    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value.getClass().isArray()) {
            StringBuilder joined = new StringBuilder();
            for (int i = 0; i < Array.getLength(value); i++) {
                joined.append(i == 0 ? "" : ", ").append(Array.get(value, i));
            }
            return joined.toString();
        }
        return value.toString();
    }
}
