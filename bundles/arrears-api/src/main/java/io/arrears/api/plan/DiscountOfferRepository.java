package io.arrears.api.plan;

import io.arrears.api.outbox.NewOutboxMessage;
import java.util.List;

/** Early-payment discount offers; each is stored in one transaction with the message that makes it to the debtor. */
public interface DiscountOfferRepository {

    /** @throws io.arrears.api.store.DuplicateKeyException when an offer with this id exists */
    StoredDiscountOffer record(StoredDiscountOffer offer, NewOutboxMessage message);

    /** Newest first. */
    List<StoredDiscountOffer> forCustomer(String erpCustomerId);
}
