package io.arrears.route.agency;

import io.arrears.api.partner.PartnerMessage;
import java.util.Optional;

/** Delivers one partner message; the message key is the idempotency key the partner sees. */
public interface PartnerTransport {

    /**
     * Delivers the message (a repeat of an already delivered key is harmless: the partner or the transport drops it).
     *
     * @return the partner's acknowledgement reference, when its answer carries one
     */
    Optional<String> deliver(PartnerMessage message) throws TransportException;
}
