package io.arrears.core.call;

import io.arrears.api.call.CallOutcome;
import io.arrears.api.call.PaymentInstructions;
import io.arrears.api.call.RecordedCall;
import io.arrears.api.ledger.Channel;
import io.arrears.api.ledger.Customer;
import io.arrears.api.money.Money;
import io.arrears.api.profile.BehaviourType;
import io.arrears.api.promise.ConsequenceKind;
import io.arrears.api.promise.PromiseToPay;
import io.arrears.core.promise.ConsequencePolicy;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

/**
 * Turns a logged call outcome into what follows from it: validates it, creates the promise to pay
 * (for a promised payment; id "PTP-" + customer + "-" + call time in epoch milliseconds, so logging
 * the same call twice yields the same id) and drafts the confirmation, naming the consequence
 * configured for the debtor's behaviour type. Stateless; the caller stores and queues the results.
 */
public final class CallOutcomeRecorder {

    private final ConsequencePolicy policy;
    private final ConfirmationWriter writer;

    public CallOutcomeRecorder(ConsequencePolicy policy, ConfirmationWriter writer) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.writer = Objects.requireNonNull(writer, "writer");
    }

    /** With the bundled consequence policy and confirmation texts. */
    public static CallOutcomeRecorder bundled() {
        return new CallOutcomeRecorder(ConsequencePolicy.bundledDefault(), new ConfirmationWriter(ConfirmationTexts.bundledDefault()));
    }

    /**
     * @param openAmount what the debtor owes now, quoted in the confirmation
     * @throws InvalidCallOutcomeException listing every rule the outcome breaks
     */
    public RecordedCall record(CallOutcome outcome, Customer customer, Money openAmount, PaymentInstructions howToPay,
            BehaviourType type, Clock clock) {
        Objects.requireNonNull(customer, "customer");
        if (!outcome.customerId().equals(customer.id())) {
            throw new IllegalArgumentException("call outcome for customer " + outcome.customerId() + " given with customer " + customer.id());
        }
        CallOutcomeValidator.validate(outcome, clock);
        Optional<PromiseToPay> promise = outcome.kind().isPromise()
                ? Optional.of(new PromiseToPay("PTP-" + customer.id() + "-" + outcome.calledAt().toEpochMilli(), customer.id(),
                        outcome.itemIds(), outcome.amount().orElseThrow(), outcome.promisedDate().orElseThrow(), Channel.PHONE,
                        outcome.collector(), outcome.calledAt()))
                : Optional.empty();
        ConsequenceKind consequence = policy.forType(type).promiseBroken();
        return new RecordedCall(outcome, promise, writer.draft(outcome, customer, openAmount, howToPay, consequence));
    }
}
