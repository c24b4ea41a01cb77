package io.arrears.rest.internal.collection;

import io.arrears.api.promise.RecordedStateChange;
import io.arrears.api.promise.TrackedPromise;
import io.arrears.rest.internal.json.MoneyJson;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A promise to pay with its state and the changes that led there (oldest first). */
public record PromiseJson(String id, MoneyJson amount, LocalDate promisedDate, List<String> itemIds, String channel, String takenBy,
        Instant takenAt, String state, List<ChangeJson> changes) {

    /** A state change; {@code consequence} is the kind applied when the promise failed, else null. */
    public record ChangeJson(String from, String to, MoneyJson paid, LocalDate asOf, String reason, Instant recordedAt,
            String consequence) {

        static ChangeJson of(RecordedStateChange r) {
            return new ChangeJson(r.change().from().name(), r.change().to().name(), MoneyJson.of(r.change().paid()), r.change().asOf(),
                    r.change().reason(), r.recordedAt(), r.change().consequence().map(c -> c.kind().name()).orElse(null));
        }
    }

    static PromiseJson of(TrackedPromise t, List<RecordedStateChange> changes) {
        var p = t.promise();
        return new PromiseJson(p.id(), MoneyJson.of(p.amount()), p.promisedDate(), p.itemIds(), p.channel().name(), p.takenBy(),
                p.takenAt(), t.state().name(), changes.stream().filter(c -> c.change().promiseId().equals(p.id()))
                        .map(ChangeJson::of).toList());
    }
}
