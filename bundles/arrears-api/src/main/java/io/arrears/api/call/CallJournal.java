package io.arrears.api.call;

import io.arrears.api.contact.NewContactEntry;
import io.arrears.api.outbox.NewOutboxMessage;
import io.arrears.api.promise.PromiseToPay;
import java.util.Optional;

/** The store side of recording a call: everything it produces is written in one database transaction. */
public interface CallJournal {

    /**
     * Appends the contact to the contact log, stores the promise (PENDING) and enqueues the confirmation, or, when
     * any of them fails, none of them.
     */
    LoggedCall record(NewContactEntry contact, Optional<PromiseToPay> promise, Optional<NewOutboxMessage> confirmation);
}
