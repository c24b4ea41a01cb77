package io.arrears.rest.internal.collection;

import io.arrears.api.call.LoggedCall;
import java.util.List;

/**
 * Answer of {@code POST customers/{id}/calls}: the contact-log entry, the promise id (null without a promise), the
 * outbox id of the confirmation e-mail (null when none was queued) with its addressees, and remarks.
 */
public record LoggedCallJson(ContactJson entry, String promiseId, Long confirmationId, List<String> confirmationTo,
        List<String> notes) {

    static LoggedCallJson of(LoggedCall call) {
        return new LoggedCallJson(ContactJson.of(call.entry()), call.promise().map(p -> p.promise().id()).orElse(null),
                call.confirmationId().orElse(null), call.confirmationTo(), call.notes());
    }
}
