package io.arrears.api.call;

import io.arrears.api.check.Checks;
import io.arrears.api.contact.ContactOutcome;
import io.arrears.api.money.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A call as the collector reports it. The outcome is one of the call outcomes of the contact log; whether the
 * amounts and dates fit the outcome is checked by {@link CallService#record}, which names the field at fault.
 *
 * @param itemIds            the items discussed; empty means the whole account
 * @param amount             the amount promised (PROMISE_TO_PAY, PARTIAL_PAYMENT_AGREED)
 * @param promisedDate       the date the money will arrive (PROMISE_TO_PAY, PARTIAL_PAYMENT_AGREED)
 * @param callbackDate       the day of the callback (CALLBACK_SCHEDULED)
 * @param callbackTime       optionally its time, in the debtor's time zone
 * @param contactPerson      the person spoken to, as the collector noted the name
 * @param recordingReference where the audio recording is kept
 */
public record CallReport(
        String customerId,
        String collector,
        Instant calledAt,
        ContactOutcome outcome,
        List<String> itemIds,
        Optional<Money> amount,
        Optional<LocalDate> promisedDate,
        Optional<LocalDate> callbackDate,
        Optional<LocalTime> callbackTime,
        Optional<String> excuseCategory,
        Optional<String> contactPerson,
        String notes,
        Optional<String> recordingReference) {

    /** The outcomes a call can have (the others belong to written channels and notes). */
    public static final Set<ContactOutcome> CALL_OUTCOMES = EnumSet.of(ContactOutcome.PROMISE_TO_PAY,
            ContactOutcome.PARTIAL_PAYMENT_AGREED, ContactOutcome.CALLBACK_SCHEDULED, ContactOutcome.NO_COMMITMENT,
            ContactOutcome.NO_ANSWER, ContactOutcome.WRONG_PERSON, ContactOutcome.DISPUTE_RAISED);

    public CallReport {
        Checks.text(customerId, "CallReport", "customerId");
        Checks.text(collector, "CallReport", "collector");
        Checks.present(calledAt, "CallReport", "calledAt");
        Checks.present(outcome, "CallReport", "outcome");
        if (!CALL_OUTCOMES.contains(outcome)) {
            throw new IllegalArgumentException("outcome: " + outcome + " is not a call outcome; one of " + CALL_OUTCOMES);
        }
        itemIds = Checks.list(itemIds, "CallReport", "itemIds");
        amount = Checks.optional(amount);
        promisedDate = Checks.optional(promisedDate);
        callbackDate = Checks.optional(callbackDate);
        callbackTime = Checks.optional(callbackTime);
        excuseCategory = Checks.optional(excuseCategory);
        contactPerson = Checks.optional(contactPerson);
        Checks.present(notes, "CallReport", "notes");
        recordingReference = Checks.optional(recordingReference);
    }

    /** The domain kind of the call outcome: the four "nail it down" outcomes; every other call is no commitment. */
    public CallOutcomeKind kind() {
        return switch (outcome) {
            case PROMISE_TO_PAY -> CallOutcomeKind.FULL_PAYMENT_PROMISED;
            case PARTIAL_PAYMENT_AGREED -> CallOutcomeKind.PARTIAL_PAYMENT_PROMISED;
            case CALLBACK_SCHEDULED -> CallOutcomeKind.CALLBACK_SCHEDULED;
            default -> CallOutcomeKind.NO_COMMITMENT;
        };
    }

    /** True when someone at the debtor was reached and the call produced points to confirm in writing. */
    public boolean confirmable() {
        return outcome == ContactOutcome.PROMISE_TO_PAY || outcome == ContactOutcome.PARTIAL_PAYMENT_AGREED
                || outcome == ContactOutcome.CALLBACK_SCHEDULED || outcome == ContactOutcome.NO_COMMITMENT;
    }
}
