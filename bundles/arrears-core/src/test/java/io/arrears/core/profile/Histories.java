package io.arrears.core.profile;

import io.arrears.api.money.Money;

import static io.arrears.core.profile.ExcuseCategory.CASH_FLOW_PROBLEMS;
import static io.arrears.core.profile.ExcuseCategory.CHEQUE_IN_THE_POST;
import static io.arrears.core.profile.ExcuseCategory.CUSTOMERS_NOT_PAYING_US;
import static io.arrears.core.profile.ExcuseCategory.NO_INVOICE_COPY;
import static io.arrears.core.profile.ExcuseCategory.QUALITY_DISPUTE;
import static io.arrears.core.profile.ExcuseCategory.SERVICE_COMPLAINT;
import static io.arrears.core.profile.ExcuseCategory.WILL_PAY_NEXT_WEEK;
import static io.arrears.core.profile.ExcuseCategory.WRONG_PERSON;

/** Synthetic signal histories, one per behaviour type, as the seed 000 descriptions would produce them. */
final class Histories {

    private Histories() {
    }

    static Money eur(String amount) {
        return Money.of(amount, "EUR");
    }

    /** Pays within days of the first reminder, answers, keeps promises. */
    static BehaviourSignals cooperative() {
        return BehaviourSignals.builder(eur("1200.00"))
                .daysToPayAfterReminder(2, 3, 1, 2).daysBeyondTerms(3, 4, 2, 3)
                .promises(2, 2, 0).contacts(5, 5).unpaidInvoices(1)
                .build();
    }

    /** Answers the phone, keeps promises, but pays only well after the reminder. */
    static BehaviourSignals easygoing() {
        return BehaviourSignals.builder(eur("3000.00"))
                .daysToPayAfterReminder(10, 12, 9, 14).daysBeyondTerms(15, 18, 12, 20)
                .promises(4, 3, 1).contacts(6, 5).unpaidInvoices(2)
                .build();
    }

    /** Rarely answers, pays late, never gives a reason, never disputes. */
    static BehaviourSignals pessimist() {
        return BehaviourSignals.builder(eur("5000.00"))
                .daysToPayAfterReminder(25, 30).daysBeyondTerms(30, 35, 28, 40)
                .contacts(8, 1).unpaidInvoices(3)
                .build();
    }

    /** Queries details, asks for statements, proposes own terms, disputes. */
    static BehaviourSignals dominant() {
        return BehaviourSignals.builder(eur("4000.00"))
                .daysToPayAfterReminder(6, 7).daysBeyondTerms(10, 12, 8)
                .promises(2, 2, 0).contacts(6, 5)
                .accountQueries(4).counterProposals(2).disputes(3).unpaidInvoices(2)
                .build();
    }

    /** Cash-flow excuses, partial payments, asks for instalments, still answers. */
    static BehaviourSignals struggling() {
        return BehaviourSignals.builder(eur("4000.00"))
                .daysToPayAfterReminder(15, 20).daysBeyondTerms(20, 25, 30, 35)
                .promises(3, 2, 1).contacts(6, 4)
                .excuse(CASH_FLOW_PROBLEMS, 3).excuse(CUSTOMERS_NOT_PAYING_US, 1)
                .partialPayments(4).instalmentRequests(2).unpaidInvoices(3)
                .build();
    }

    /** Blames quality and service, complains, contacts get heated. */
    static BehaviourSignals emotional() {
        return BehaviourSignals.builder(eur("2500.00"))
                .daysToPayAfterReminder(10, 12).daysBeyondTerms(20, 25, 15)
                .promises(2, 1, 1).contacts(6, 4)
                .excuse(QUALITY_DISPUTE, 2).excuse(SERVICE_COMPLAINT, 1)
                .complaints(3).heatedContacts(2).disputes(2).unpaidInvoices(2)
                .build();
    }

    /** Never got the invoice, asks for copies, pays at once when reminded, irregular lateness. */
    static BehaviourSignals disorganised() {
        return BehaviourSignals.builder(eur("900.00"))
                .daysToPayAfterReminder(1, 2, 1, 3).daysBeyondTerms(5, 40, 2, 30, 8)
                .promises(1, 1, 0).contacts(5, 4)
                .excuse(NO_INVOICE_COPY, 2).excuse(WRONG_PERSON, 1)
                .invoiceCopyRequests(3).unpaidInvoices(2)
                .build();
    }

    /** Many unpaid invoices, high balance, poor external score, broken promises, slowing down. */
    static BehaviourSignals chronicLate() {
        return BehaviourSignals.builder(eur("15000.00"))
                .daysToPayAfterReminder(20, 25).daysBeyondTerms(10, 14, 25, 35)
                .promises(5, 1, 4).contacts(8, 4)
                .excuse(WILL_PAY_NEXT_WEEK, 3).excuse(CHEQUE_IN_THE_POST, 1)
                .unpaidInvoices(7).externalCreditScore(30)
                .build();
    }
}
