package io.arrears.route.agency;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/** A partner's HTTPS JSON endpoint (already checked against the outbound policy) and its bearer token. */
public record HttpSettings(URI url, Optional<String> token, Duration timeout) {
}
