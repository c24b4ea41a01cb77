package io.arrears.api.call;

import io.arrears.api.check.Checks;
import io.arrears.api.contact.ContactEntry;
import io.arrears.api.promise.TrackedPromise;
import java.util.List;
import java.util.Optional;

/**
 * What recording a call stored, in one transaction.
 *
 * @param confirmationId the outbox message of the written confirmation, when one was queued
 * @param confirmationTo the addresses it goes to
 * @param notes          why no confirmation was queued, or other remarks for the collector
 */
public record LoggedCall(ContactEntry entry, Optional<TrackedPromise> promise, Optional<Long> confirmationId,
        List<String> confirmationTo, List<String> notes) {

    public LoggedCall {
        Checks.present(entry, "LoggedCall", "entry");
        promise = Checks.optional(promise);
        confirmationId = Checks.optional(confirmationId);
        confirmationTo = Checks.list(confirmationTo, "LoggedCall", "confirmationTo");
        notes = Checks.list(notes, "LoggedCall", "notes");
    }
}
