package io.arrears.core.intake;

import io.arrears.api.money.Money;
import java.util.Objects;

/**
 * An open receivable a payment may settle, as the matcher needs it.
 *
 * @param itemId           ledger id of the open item
 * @param customerId       customer id
 * @param documentNumber   invoice number as printed (what payers quote in free text)
 * @param paymentReference structured reference the payer was asked to quote (RF...), may be null
 * @param residual         amount still open
 * @param customerName     customer name (compared with the payer's name)
 */
public record MatchCandidate(String itemId, String customerId, String documentNumber, String paymentReference, Money residual,
        String customerName) {

    public MatchCandidate {
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(documentNumber, "documentNumber");
        Objects.requireNonNull(residual, "residual");
    }
}
