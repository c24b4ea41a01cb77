package io.arrears.core.call;

import io.arrears.api.call.CallJournal;
import io.arrears.api.call.CallOutcome;
import io.arrears.api.call.CallReport;
import io.arrears.api.call.CallService;
import io.arrears.api.call.ConfirmationDraft;
import io.arrears.api.call.InvalidCallException;
import io.arrears.api.call.LoggedCall;
import io.arrears.api.call.PaymentInstructions;
import io.arrears.api.contact.ContactChannel;
import io.arrears.api.contact.ContactDirection;
import io.arrears.api.contact.ContactOutcome;
import io.arrears.api.contact.NewContactEntry;
import io.arrears.api.dunning.BlockReason;
import io.arrears.api.dunning.NewDunningBlock;
import io.arrears.api.ledger.Channel;
import io.arrears.api.money.Money;
import io.arrears.api.outbox.NewOutboxMessage;
import io.arrears.api.outbox.Recipient;
import io.arrears.api.profile.BehaviourType;
import io.arrears.api.promise.ConsequenceKind;
import io.arrears.api.promise.PromiseToPay;
import io.arrears.core.call.DebtorLookup.Debtor;
import io.arrears.core.profile.ExcuseCategory;
import io.arrears.core.promise.ConsequencePolicy;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Records a call end to end: checks the report against its outcome (every problem named by its field), creates the
 * promise for a promised payment, drafts the written confirmation in the debtor's language for the debtor's
 * e-mail contact, and hands the three to the {@link CallJournal}, which stores them in one transaction.
 * Calls that reached nobody (no answer, wrong person) or raised a dispute get no confirmation; a dispute places a
 * DISPUTE dunning block on the items named in the call (the whole customer when none) in the same transaction.
 */
public final class CallRecording implements CallService {

    private final DebtorLookup debtors;
    private final CallJournal journal;
    private final ConsequencePolicy consequences;
    private final Function<String, BehaviourType> types;
    private final ConfirmationWriter writer;
    private final Optional<PaymentAccount> account;
    private final Clock clock;

    /** The creditor's account printed in confirmations. */
    public record PaymentAccount(String holder, String iban, Optional<String> bic) {
    }

    /** @param types the debtor's behaviour type in force by ERP customer id (the consequence the confirmation names) */
    public CallRecording(DebtorLookup debtors, CallJournal journal, ConsequencePolicy consequences,
            Function<String, BehaviourType> types, ConfirmationWriter writer, Optional<PaymentAccount> account, Clock clock) {
        this.debtors = Objects.requireNonNull(debtors, "debtors");
        this.journal = Objects.requireNonNull(journal, "journal");
        this.consequences = Objects.requireNonNull(consequences, "consequences");
        this.types = Objects.requireNonNull(types, "types");
        this.writer = Objects.requireNonNull(writer, "writer");
        this.account = Objects.requireNonNull(account, "account");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public LoggedCall record(CallReport report) {
        Objects.requireNonNull(report, "report");
        Debtor debtor = debtors.find(report.customerId())
                .orElseThrow(() -> new IllegalArgumentException("no customer with ERP id '" + report.customerId() + "'"));
        List<String> problems = problems(report, LocalDate.now(clock.withZone(debtor.customer().timeZone())));
        if (!problems.isEmpty()) {
            throw new InvalidCallException(problems);
        }
        CallOutcome outcome = new CallOutcome(report.customerId(), report.collector(), report.calledAt(), report.kind(),
                report.itemIds(), report.amount(), report.promisedDate(), report.callbackDate(), report.callbackTime(),
                report.excuseCategory(), report.notes());
        List<String> domainProblems = CallOutcomeValidator.problems(outcome, clock.withZone(debtor.customer().timeZone()));
        if (!domainProblems.isEmpty()) {
            throw new InvalidCallException(domainProblems.stream().map(p -> "outcome: " + p).toList());
        }
        Optional<PromiseToPay> promise = outcome.kind().isPromise()
                ? Optional.of(new PromiseToPay(promiseId(report), report.customerId(), report.itemIds(), report.amount().orElseThrow(),
                        report.promisedDate().orElseThrow(), Channel.PHONE, report.collector(), report.calledAt()))
                : Optional.empty();
        List<String> notes = new ArrayList<>();
        Optional<NewOutboxMessage> confirmation = confirmation(report, outcome, debtor, notes);
        NewContactEntry entry = new NewContactEntry(report.customerId(), report.calledAt(), report.collector(), ContactChannel.CALL,
                ContactDirection.OUT, report.outcome(), entryNotes(report), report.excuseCategory(), report.recordingReference(),
                promise.map(PromiseToPay::id));
        List<NewDunningBlock> blocks = disputeBlocks(report);
        if (!blocks.isEmpty()) {
            notes.add("dunning blocked for the dispute: " + (report.itemIds().isEmpty() ? "the whole customer"
                    : String.join(", ", report.itemIds())));
        }
        LoggedCall logged = journal.record(entry, promise, confirmation, blocks);
        return new LoggedCall(logged.entry(), logged.promise(), logged.confirmationId(), logged.confirmationTo(), notes);
    }

    /** A dispute raised in the call stops dunning of the items named (the whole customer when none) until cleared. */
    private List<NewDunningBlock> disputeBlocks(CallReport report) {
        if (report.outcome() != ContactOutcome.DISPUTE_RAISED) {
            return List.of();
        }
        String note = clip("Raised in the call of " + report.calledAt() + (report.notes().isBlank() ? "" : ": " + report.notes().strip()));
        List<Optional<String>> targets = report.itemIds().isEmpty() ? List.of(Optional.empty())
                : report.itemIds().stream().map(Optional::of).toList();
        return targets.stream().map(item -> new NewDunningBlock(report.customerId(), item, BlockReason.DISPUTE, note,
                report.collector(), clock.instant())).toList();
    }

    private static String clip(String note) {
        return note.length() <= NewDunningBlock.MAX_NOTE ? note : note.substring(0, NewDunningBlock.MAX_NOTE - 3) + "...";
    }

    /** "PTP-" + customer + "-" + call time in epoch ms: logging the same call twice yields the same id (and a conflict). */
    static String promiseId(CallReport report) {
        return "PTP-" + report.customerId() + "-" + report.calledAt().toEpochMilli();
    }

    private Optional<NewOutboxMessage> confirmation(CallReport report, CallOutcome outcome, Debtor debtor, List<String> notes) {
        if (!report.confirmable()) {
            notes.add("no written confirmation: the call ended " + report.outcome());
            return Optional.empty();
        }
        BehaviourType type = types.apply(report.customerId());
        ConsequenceKind ifBroken = consequences.forType(type).promiseBroken();
        Optional<PaymentInstructions> payment = account.map(a -> new PaymentInstructions(a.holder(), a.iban(), a.bic(),
                report.customerId(), Optional.empty()));
        if (payment.isEmpty()) {
            notes.add("the confirmation has no bank details: no creditor name and IBAN are configured");
        }
        Money open = debtor.open(report.amount().map(Money::currency));
        ConfirmationDraft draft = writer.draft(outcome, debtor.customer(), open, payment, ifBroken);
        if (draft.to().isEmpty()) {
            notes.add("no written confirmation: the customer's master data has no e-mail address");
            return Optional.empty();
        }
        Recipient to = Recipient.of(draft.to().get(0), report.contactPerson().orElse(debtor.customer().name()));
        return Optional.of(NewOutboxMessage.email("call-confirmation:" + report.customerId() + ":" + report.calledAt().toEpochMilli(),
                to, draft.subject(), draft.body(), Optional.empty(), List.of()));
    }

    private static String entryNotes(CallReport report) {
        StringBuilder text = new StringBuilder();
        report.contactPerson().ifPresent(p -> text.append("Spoke with: ").append(p).append('\n'));
        report.callbackDate().ifPresent(d -> text.append("Callback: ").append(d)
                .append(report.callbackTime().map(t -> " " + t).orElse("")).append('\n'));
        report.amount().ifPresent(a -> text.append("Promised: ").append(a).append(report.promisedDate().map(d -> " by " + d).orElse(""))
                .append('\n'));
        return text.append(report.notes()).toString().strip();
    }

    /** Each problem as "field: what is wrong", in the JSON field names of the REST API. */
    static List<String> problems(CallReport report, LocalDate today) {
        List<String> problems = new ArrayList<>();
        switch (report.outcome()) {
            case PROMISE_TO_PAY, PARTIAL_PAYMENT_AGREED -> {
                if (report.amount().isEmpty()) {
                    problems.add("promise.amount: " + report.outcome() + " needs the amount promised");
                }
                report.amount().filter(a -> !a.isPositive()).ifPresent(a -> problems.add("promise.amount: must be positive, was " + a));
                if (report.promisedDate().isEmpty()) {
                    problems.add("promise.date: " + report.outcome() + " needs the date the money will arrive");
                }
                report.promisedDate().filter(d -> d.isBefore(today))
                        .ifPresent(d -> problems.add("promise.date: " + d + " lies in the past (today is " + today + ")"));
                if (report.callbackDate().isPresent()) {
                    problems.add("callbackAt: a promise carries no callback; log the callback as its own call");
                }
            }
            case CALLBACK_SCHEDULED -> {
                if (report.callbackDate().isEmpty()) {
                    problems.add("callbackAt: CALLBACK_SCHEDULED needs the callback date");
                }
                report.callbackDate().filter(d -> d.isBefore(today))
                        .ifPresent(d -> problems.add("callbackAt: " + d + " lies in the past (today is " + today + ")"));
                noPromise(report, problems);
            }
            default -> {
                noPromise(report, problems);
                if (report.callbackDate().isPresent()) {
                    problems.add("callbackAt: only a CALLBACK_SCHEDULED call carries a callback, this one is " + report.outcome());
                }
            }
        }
        report.excuseCategory().filter(e -> Arrays.stream(ExcuseCategory.values()).noneMatch(c -> c.name().equals(e)))
                .ifPresent(e -> problems.add("excuseCategory: '" + e + "' is not one of " + Arrays.toString(ExcuseCategory.values())));
        return problems;
    }

    private static void noPromise(CallReport report, List<String> problems) {
        if (report.amount().isPresent() || report.promisedDate().isPresent()) {
            problems.add("promise: only PROMISE_TO_PAY and PARTIAL_PAYMENT_AGREED carry a promise, this call is " + report.outcome());
        }
    }
}
