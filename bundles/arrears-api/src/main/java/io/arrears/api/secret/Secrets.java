package io.arrears.api.secret;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * Where a secret setting is consumed: a plain value (typically already substituted from {@code $[env:…]} by Karaf)
 * is returned as is, an {@code ENC(…)} value is decrypted with the master key of the environment.
 */
public final class Secrets {

    private static final Supplier<Optional<MasterKey>> ENVIRONMENT = MasterKey::fromEnvironment;

    private Secrets() {
    }

    /**
     * @param name  the setting, e.g. {@code password in io.arrears.store}, for error messages
     * @param value the configured value, possibly {@code ENC(…)}
     * @throws SecretException when the value is encrypted and there is no usable master key or it does not decrypt
     */
    public static String resolve(String name, String value) {
        return resolve(name, value, ENVIRONMENT);
    }

    static String resolve(String name, String value, Supplier<Optional<MasterKey>> keys) {
        if (!SecretCipher.isEncrypted(value)) {
            return value;
        }
        MasterKey key = keys.get().orElseThrow(() -> new SecretException(name + " is encrypted (ENC(…)) but neither "
                + MasterKey.VARIABLE + " nor " + MasterKey.FILE_VARIABLE + " is set in Karaf's environment"));
        return new SecretCipher(key).decrypt(name, value);
    }
}
