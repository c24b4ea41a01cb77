package io.arrears.api.call;

import io.arrears.api.contact.NewContactEntry;
import io.arrears.api.dunning.NewDunningBlock;
import io.arrears.api.outbox.NewOutboxMessage;
import io.arrears.api.promise.PromiseToPay;
import java.util.List;
import java.util.Optional;

/** The store side of recording a call: everything it produces is written in one database transaction. */
public interface CallJournal {

    /**
     * Appends the contact to the contact log, stores the promise (PENDING) and enqueues the confirmation, or, when
     * any of them fails, none of them.
     */
    default LoggedCall record(NewContactEntry contact, Optional<PromiseToPay> promise, Optional<NewOutboxMessage> confirmation) {
        return record(contact, promise, confirmation, List.of());
    }

    /**
     * Like the three-argument {@code record}, and places the dunning blocks (e.g. DISPUTE for a dispute raised in the
     * call) in the same transaction; a block whose target already has an active block of its reason is kept as it is.
     */
    LoggedCall record(NewContactEntry contact, Optional<PromiseToPay> promise, Optional<NewOutboxMessage> confirmation,
            List<NewDunningBlock> blocks);
}
