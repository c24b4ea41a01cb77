package io.arrears.rest.internal.collection;

import io.arrears.api.call.CallReport;
import io.arrears.api.contact.ContactOutcome;
import io.arrears.api.money.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

/**
 * Body of {@code POST customers/{erpCustomerId}/calls}.
 *
 * @param outcome   PROMISE_TO_PAY, PARTIAL_PAYMENT_AGREED, CALLBACK_SCHEDULED, NO_COMMITMENT, NO_ANSWER, WRONG_PERSON,
 *                  DISPUTE_RAISED
 * @param callbackAt "2026-03-20" or "2026-03-20T14:30" (debtor's local time)
 * @param calledAt  when the call took place; default now
 */
public record NewCallJson(String outcome, PromiseInJson promise, String callbackAt, String excuseCategory, String contactPerson,
        String notes, String recordingReference, List<String> itemIds, Instant calledAt) {

    CallReport toReport(String customerId, String collector, Instant now) {
        ContactOutcome parsed = Fields.choice(outcome, ContactOutcome.class, "outcome");
        if (!CallReport.CALL_OUTCOMES.contains(parsed)) {
            throw new IllegalArgumentException("outcome: " + parsed + " is not a call outcome; one of " + CallReport.CALL_OUTCOMES);
        }
        Optional<Money> amount = Optional.empty();
        Optional<LocalDate> promisedDate = Optional.empty();
        if (promise != null) {
            amount = Optional.of(Fields.money(promise.amount(), promise.currency(), "promise"));
            promisedDate = Optional.of(Fields.date(promise.date(), "promise.date"));
        }
        Optional<LocalDateTime> callback = Fields.text(callbackAt).map(c -> Fields.dateOrDateTime(c, "callbackAt"));
        Optional<LocalTime> callbackTime = Fields.text(callbackAt).filter(c -> c.contains("T"))
                .flatMap(c -> callback.map(LocalDateTime::toLocalTime));
        if (calledAt != null && calledAt.isAfter(now)) {
            throw new IllegalArgumentException("calledAt: " + calledAt + " lies in the future");
        }
        return new CallReport(customerId, collector, calledAt == null ? now : calledAt, parsed,
                itemIds == null ? List.of() : itemIds.stream().map(i -> Fields.required(i, "itemIds[]")).toList(), amount, promisedDate,
                callback.map(LocalDateTime::toLocalDate), callbackTime, Fields.text(excuseCategory), Fields.text(contactPerson),
                notes == null ? "" : notes, Fields.text(recordingReference));
    }
}
