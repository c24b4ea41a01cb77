/**
 * Encrypted configuration values: {@code ENC(…)} (AES-256-GCM) decrypted with the master key from the environment
 * where a secret is consumed ({@link io.arrears.api.secret.Secrets#resolve}).
 */
@Export
@Version("1.0.0")
package io.arrears.api.secret;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
