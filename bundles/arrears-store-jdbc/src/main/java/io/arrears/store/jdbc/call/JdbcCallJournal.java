package io.arrears.store.jdbc.call;

import io.arrears.api.call.CallJournal;
import io.arrears.api.call.LoggedCall;
import io.arrears.api.contact.ContactEntry;
import io.arrears.api.contact.NewContactEntry;
import io.arrears.api.dunning.NewDunningBlock;
import io.arrears.api.outbox.Enqueued;
import io.arrears.api.outbox.NewOutboxMessage;
import io.arrears.api.outbox.Outbox;
import io.arrears.api.promise.PromiseToPay;
import io.arrears.api.promise.TrackedPromise;
import io.arrears.store.jdbc.JdbcTransactions;
import io.arrears.store.jdbc.contact.JdbcContactLog;
import io.arrears.store.jdbc.dunning.JdbcDunningBlockRepository;
import io.arrears.store.jdbc.promise.JdbcPromiseRepository;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * A call's contact-log entry, promise and confirmation e-mail in one transaction, the way the dunning execution writes
 * a notice and its outbox row: the outbox message is enqueued on the same connection, so it is sent only if the entry
 * and the promise were committed, and a failure of any part leaves no trace of the others. Dunning blocks the call
 * asks for (a dispute raised) are placed in the same transaction.
 */
public final class JdbcCallJournal implements CallJournal {

    private final JdbcTransactions transactions;
    private final JdbcContactLog contactLog;
    private final Outbox outbox;

    public JdbcCallJournal(DataSource dataSource, JdbcContactLog contactLog, Outbox outbox) {
        this.transactions = new JdbcTransactions(Objects.requireNonNull(dataSource, "dataSource"));
        this.contactLog = Objects.requireNonNull(contactLog, "contactLog");
        this.outbox = Objects.requireNonNull(outbox, "outbox");
    }

    @Override
    public LoggedCall record(NewContactEntry contact, Optional<PromiseToPay> promise, Optional<NewOutboxMessage> confirmation,
            List<NewDunningBlock> blocks) {
        Objects.requireNonNull(contact, "contact");
        Objects.requireNonNull(promise, "promise");
        Objects.requireNonNull(confirmation, "confirmation");
        Objects.requireNonNull(blocks, "blocks");
        blocks.stream().filter(b -> !b.customerId().equals(contact.customerId())).findFirst().ifPresent(b -> {
            throw new IllegalArgumentException("a dunning block for customer " + b.customerId() + " logged with a call to "
                    + contact.customerId());
        });
        promise.filter(p -> !p.customerId().equals(contact.customerId())).ifPresent(p -> {
            throw new IllegalArgumentException("promise " + p.id() + " of customer " + p.customerId() + " logged with a call to "
                    + contact.customerId());
        });
        return transactions.inTransaction(jdbc -> {
            // the promise first: a duplicate (the same call logged twice) then fails before the log's head is locked
            Optional<TrackedPromise> stored = promise.map(p -> JdbcPromiseRepository.insert(jdbc, p));
            ContactEntry entry = contactLog.append(jdbc, contact);
            blocks.forEach(b -> JdbcDunningBlockRepository.placeUnlessActive(jdbc, b));
            Optional<Enqueued> queued = confirmation.map(m -> outbox.enqueue(jdbc.connection(), m));
            List<String> to = confirmation.map(m -> List.of(m.recipient().address())).orElse(List.of());
            return new LoggedCall(entry, stored, queued.map(Enqueued::id), to, List.of());
        });
    }
}
