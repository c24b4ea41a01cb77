package io.arrears.api.call;

import io.arrears.api.check.Checks;
import io.arrears.api.money.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

/**
 * What a collector logs when a call ends. The rules that need today's date (a promise needs an
 * amount and a date in the future, a callback a date not in the past) are checked by the core's
 * validator, which reports every problem at once.
 *
 * @param collector     the user id of the collector
 * @param itemIds       the items discussed; empty means the whole account
 * @param amount        for a promise: the amount promised
 * @param promisedDate  for a promise: the date the money will arrive
 * @param callbackDate  for a callback: the day chosen by the collector
 * @param callbackTime  for a callback: optionally the time, in the debtor's time zone
 * @param excuse        the excuse category given, by name (see the excuse library), if any
 * @param notes         the collector's notes; may be empty, never null
 */
public record CallOutcome(
        String customerId,
        String collector,
        Instant calledAt,
        CallOutcomeKind kind,
        List<String> itemIds,
        Optional<Money> amount,
        Optional<LocalDate> promisedDate,
        Optional<LocalDate> callbackDate,
        Optional<LocalTime> callbackTime,
        Optional<String> excuse,
        String notes) {

    public CallOutcome {
        Checks.text(customerId, "CallOutcome", "customerId");
        Checks.text(collector, "CallOutcome", "collector");
        Checks.present(calledAt, "CallOutcome", "calledAt");
        Checks.present(kind, "CallOutcome", "kind (NO_COMMITMENT must be chosen explicitly)");
        itemIds = Checks.list(itemIds, "CallOutcome", "itemIds");
        amount = Checks.optional(amount);
        promisedDate = Checks.optional(promisedDate);
        callbackDate = Checks.optional(callbackDate);
        callbackTime = Checks.optional(callbackTime);
        excuse = Checks.optional(excuse);
        Checks.present(notes, "CallOutcome", "notes");
    }

    public static CallOutcome fullPayment(String customerId, String collector, Instant calledAt, Money amount, LocalDate date) {
        return promise(CallOutcomeKind.FULL_PAYMENT_PROMISED, customerId, collector, calledAt, amount, date);
    }

    public static CallOutcome partialPayment(String customerId, String collector, Instant calledAt, Money amount, LocalDate date) {
        return promise(CallOutcomeKind.PARTIAL_PAYMENT_PROMISED, customerId, collector, calledAt, amount, date);
    }

    public static CallOutcome callback(String customerId, String collector, Instant calledAt, LocalDate date, LocalTime time) {
        return new CallOutcome(customerId, collector, calledAt, CallOutcomeKind.CALLBACK_SCHEDULED, List.of(), Optional.empty(),
                Optional.empty(), Optional.of(date), Optional.ofNullable(time), Optional.empty(), "");
    }

    public static CallOutcome noCommitment(String customerId, String collector, Instant calledAt) {
        return new CallOutcome(customerId, collector, calledAt, CallOutcomeKind.NO_COMMITMENT, List.of(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), "");
    }

    private static CallOutcome promise(CallOutcomeKind kind, String customerId, String collector, Instant calledAt, Money amount,
            LocalDate date) {
        return new CallOutcome(customerId, collector, calledAt, kind, List.of(), Optional.ofNullable(amount),
                Optional.ofNullable(date), Optional.empty(), Optional.empty(), Optional.empty(), "");
    }

    /** The same outcome for the given items. */
    public CallOutcome forItems(List<String> items) {
        return new CallOutcome(customerId, collector, calledAt, kind, items, amount, promisedDate, callbackDate, callbackTime, excuse,
                notes);
    }

    /** The same outcome with an excuse category and notes. */
    public CallOutcome withExcuse(String excuseCategory, String withNotes) {
        return new CallOutcome(customerId, collector, calledAt, kind, itemIds, amount, promisedDate, callbackDate, callbackTime,
                Optional.ofNullable(excuseCategory), withNotes);
    }
}
