package io.arrears.api.call;

import io.arrears.api.check.Checks;
import io.arrears.api.ledger.AgingBucket;
import io.arrears.api.ledger.ItemKind;
import io.arrears.api.money.Money;
import io.arrears.api.profile.BehaviourType;
import io.arrears.api.promise.PromiseState;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Everything a collector should have in front of them before a call (domain.md 4, seed 004 "arm
 * yourself with facts").
 *
 * @param jurisdiction      whose statutory interest rules applied (EU, DE, PL, UK, TR, IL)
 * @param amountDue         what is overdue now, per currency, split into principal, interest and fees
 * @param notYetDue         what is open but not yet due, per currency
 * @param openItems         every open item, overdue and not yet due, oldest due first
 * @param promises          earlier promises, newest first
 * @param excuses           excuses logged before, most frequent first, with what to answer
 * @param drift             how the customer departs from their own history (slower payments, more excuses, a first
 *                          broken promise), flagged before the next due date; empty when not drifting
 * @param openingLine       what to say first, in {@code openingLanguage} (the debtor's language when
 *                          translated, else English)
 */
public record CallSheet(
        String customerId,
        String customerName,
        String customerLanguage,
        String collectorLanguage,
        String jurisdiction,
        LocalDate asOf,
        Instant preparedAt,
        List<AmountDue> amountDue,
        List<Money> notYetDue,
        List<Line> openItems,
        History history,
        List<PromiseLine> promises,
        List<ExcuseLine> excuses,
        Approach approach,
        String openingLine,
        String openingLanguage,
        List<SuggestedOffer> offers,
        List<String> drift) {

    public CallSheet {
        Checks.text(customerId, "CallSheet", "customerId");
        Checks.text(customerName, "CallSheet", "customerName");
        Checks.text(customerLanguage, "CallSheet", "customerLanguage");
        Checks.text(collectorLanguage, "CallSheet", "collectorLanguage");
        Checks.text(jurisdiction, "CallSheet", "jurisdiction");
        Checks.present(asOf, "CallSheet", "asOf");
        Checks.present(preparedAt, "CallSheet", "preparedAt");
        amountDue = Checks.list(amountDue, "CallSheet", "amountDue");
        notYetDue = Checks.list(notYetDue, "CallSheet", "notYetDue");
        openItems = Checks.list(openItems, "CallSheet", "openItems");
        Checks.present(history, "CallSheet", "history");
        promises = Checks.list(promises, "CallSheet", "promises");
        excuses = Checks.list(excuses, "CallSheet", "excuses");
        Checks.present(approach, "CallSheet", "approach");
        Checks.text(openingLine, "CallSheet", "openingLine");
        Checks.text(openingLanguage, "CallSheet", "openingLanguage");
        offers = Checks.list(offers, "CallSheet", "offers");
        drift = Checks.list(drift, "CallSheet", "drift");
    }

    /** A sheet without a drift assessment. */
    public CallSheet(String customerId, String customerName, String customerLanguage, String collectorLanguage,
            String jurisdiction, LocalDate asOf, Instant preparedAt, List<AmountDue> amountDue, List<Money> notYetDue,
            List<Line> openItems, History history, List<PromiseLine> promises, List<ExcuseLine> excuses, Approach approach,
            String openingLine, String openingLanguage, List<SuggestedOffer> offers) {
        this(customerId, customerName, customerLanguage, collectorLanguage, jurisdiction, asOf, preparedAt, amountDue,
                notYetDue, openItems, history, promises, excuses, approach, openingLine, openingLanguage, offers, List.of());
    }

    /** This sheet with the drift reasons of the customer's profile. */
    public CallSheet withDrift(List<String> reasons) {
        return new CallSheet(customerId, customerName, customerLanguage, collectorLanguage, jurisdiction, asOf, preparedAt,
                amountDue, notYetDue, openItems, history, promises, excuses, approach, openingLine, openingLanguage, offers,
                reasons);
    }

    /** The overdue amount in a currency, if any. */
    public Optional<AmountDue> amountDue(String currencyCode) {
        return amountDue.stream().filter(a -> a.total().currencyCode().equals(currencyCode)).findFirst();
    }

    /**
     * Overdue amounts in one currency.
     *
     * @param principal             outstanding invoices and instalments
     * @param interest              interest items charged and still open, plus statutory interest accrued
     *                              to the as-of date and not yet charged
     * @param interestNotYetCharged the accrued part of {@code interest}: claimable, not yet an item
     * @param fees                  fee items still open
     * @param total                 principal + interest + fees
     */
    public record AmountDue(Money principal, Money interest, Money interestNotYetCharged, Money fees, Money total) {
        public AmountDue {
            Checks.present(principal, "CallSheet.AmountDue", "principal");
            Checks.present(interest, "CallSheet.AmountDue", "interest");
            Checks.present(interestNotYetCharged, "CallSheet.AmountDue", "interestNotYetCharged");
            Checks.present(fees, "CallSheet.AmountDue", "fees");
            Checks.present(total, "CallSheet.AmountDue", "total");
            if (principal.plus(interest).plus(fees).compareTo(total) != 0) {
                throw new IllegalArgumentException("CallSheet.AmountDue.total " + total + " is not principal " + principal + " + interest "
                        + interest + " + fees " + fees);
            }
            if (interestNotYetCharged.compareTo(interest) > 0) {
                throw new IllegalArgumentException("CallSheet.AmountDue.interestNotYetCharged " + interestNotYetCharged
                        + " exceeds the interest " + interest);
            }
        }
    }

    /**
     * One open item.
     *
     * @param termsDays       due date − issue date: the terms of sale
     * @param daysPastDue     as-of date − due date; zero or negative when not yet due
     * @param accruedInterest statutory interest accrued on it and not yet charged (zero when not overdue,
     *                        and for fees and interest items)
     */
    public record Line(String itemId, String documentNumber, ItemKind kind, LocalDate issueDate, LocalDate dueDate, long termsDays,
            Money amount, Money outstanding, long daysPastDue, AgingBucket bucket, Money accruedInterest) {
        public Line {
            Checks.text(itemId, "CallSheet.Line", "itemId");
            Checks.text(documentNumber, "CallSheet.Line", "documentNumber");
            Checks.present(kind, "CallSheet.Line", "kind");
            Checks.present(issueDate, "CallSheet.Line", "issueDate");
            Checks.present(dueDate, "CallSheet.Line", "dueDate");
            Checks.present(amount, "CallSheet.Line", "amount");
            Checks.present(outstanding, "CallSheet.Line", "outstanding");
            Checks.present(bucket, "CallSheet.Line", "bucket");
            Checks.present(accruedInterest, "CallSheet.Line", "accruedInterest");
        }

        public boolean isOverdue() {
            return daysPastDue > 0;
        }
    }

    /**
     * The payment history in brief (seed 004: do they usually pay on time? are payments getting
     * slower? is this lateness unusual for them?).
     *
     * @param paidInvoicesConsidered     paid invoices the verdict rests on
     * @param averageDaysBeyondTerms     over the recent paid invoices; negative = paid early
     * @param changeInDaysToPay          recent minus previous average days to pay, when both are known
     * @param currentDaysPastDue         the oldest overdue item's days past due (0 when nothing is overdue)
     * @param latenessUnusual            true when the customer usually pays on time and is now
     *                                   clearly later than usual
     * @param summary                    one line for the collector, in English
     */
    public record History(PaymentHabit habit, int paidInvoicesConsidered, Optional<BigDecimal> averageDaysBeyondTerms,
            Optional<BigDecimal> changeInDaysToPay, long currentDaysPastDue, boolean latenessUnusual, String summary) {
        public History {
            Checks.present(habit, "CallSheet.History", "habit");
            averageDaysBeyondTerms = Checks.optional(averageDaysBeyondTerms);
            changeInDaysToPay = Checks.optional(changeInDaysToPay);
            Checks.text(summary, "CallSheet.History", "summary");
        }
    }

    /** An earlier promise and how it ended. */
    public record PromiseLine(String promiseId, Money amount, LocalDate promisedDate, PromiseState state, String takenBy,
            Instant takenAt) {
        public PromiseLine {
            Checks.text(promiseId, "CallSheet.PromiseLine", "promiseId");
            Checks.present(amount, "CallSheet.PromiseLine", "amount");
            Checks.present(promisedDate, "CallSheet.PromiseLine", "promisedDate");
            Checks.present(state, "CallSheet.PromiseLine", "state");
            Checks.text(takenBy, "CallSheet.PromiseLine", "takenBy");
            Checks.present(takenAt, "CallSheet.PromiseLine", "takenAt");
        }
    }

    /** An excuse category heard before, how often, and what to answer (in {@code responseLanguage}). */
    public record ExcuseLine(String category, int count, List<String> responses, String responseLanguage) {
        public ExcuseLine {
            Checks.text(category, "CallSheet.ExcuseLine", "category");
            if (count < 1) {
                throw new IllegalArgumentException("CallSheet.ExcuseLine.count must be at least 1, was " + count);
            }
            responses = Checks.list(responses, "CallSheet.ExcuseLine", "responses");
            Checks.text(responseLanguage, "CallSheet.ExcuseLine", "responseLanguage");
        }
    }

    /**
     * The behaviour type and its playbook.
     *
     * @param why                    the classifier's explanation
     * @param talkingPoints          in {@code talkingPointsLanguage} (the collector's, else English)
     */
    public record Approach(BehaviourType type, double confidence, String why, String tone, List<String> channels,
            List<String> talkingPoints, String talkingPointsLanguage, String escalation) {
        public Approach {
            Checks.present(type, "CallSheet.Approach", "type");
            Checks.text(why, "CallSheet.Approach", "why");
            Checks.text(tone, "CallSheet.Approach", "tone");
            channels = Checks.list(channels, "CallSheet.Approach", "channels");
            talkingPoints = Checks.list(talkingPoints, "CallSheet.Approach", "talkingPoints");
            Checks.text(talkingPointsLanguage, "CallSheet.Approach", "talkingPointsLanguage");
            Checks.text(escalation, "CallSheet.Approach", "escalation");
        }
    }

    /**
     * An offer of the playbook with the limits within which the collector decides alone.
     *
     * @param kind               e.g. INSTALMENT_PLAN, EARLY_PAYMENT_DISCOUNT
     * @param maxPlanMonths      for a plan
     * @param minFirstPercent    for a plan or a partial payment today: the smallest first payment in percent
     * @param maxDiscountPercent for a discount
     * @param maxExtensionDays   for an extension
     */
    public record SuggestedOffer(String kind, Optional<Integer> maxPlanMonths, Optional<BigDecimal> minFirstPercent,
            Optional<BigDecimal> maxDiscountPercent, Optional<Integer> maxExtensionDays) {
        public SuggestedOffer {
            Checks.text(kind, "CallSheet.SuggestedOffer", "kind");
            maxPlanMonths = Checks.optional(maxPlanMonths);
            minFirstPercent = Checks.optional(minFirstPercent);
            maxDiscountPercent = Checks.optional(maxDiscountPercent);
            maxExtensionDays = Checks.optional(maxExtensionDays);
        }
    }
}
