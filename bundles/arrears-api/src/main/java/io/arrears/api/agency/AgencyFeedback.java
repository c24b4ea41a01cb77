package io.arrears.api.agency;

import java.util.Objects;
import java.util.Optional;

/**
 * Stored agency feedback.
 *
 * @param ledgerPaymentKey for PAYMENT: the external key of the ledger payment it became
 */
public record AgencyFeedback(long id, long placementId, NewFeedback content, Optional<String> ledgerPaymentKey) {

    public AgencyFeedback {
        Objects.requireNonNull(content, "AgencyFeedback.content");
        Objects.requireNonNull(ledgerPaymentKey, "AgencyFeedback.ledgerPaymentKey");
    }
}
