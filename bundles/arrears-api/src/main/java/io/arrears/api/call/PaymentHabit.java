package io.arrears.api.call;

/** The customer's payment history in one word, for the call sheet (seed 004 "know who you are calling"). */
public enum PaymentHabit {
    /** No invoice paid yet: nothing to compare with. */
    NO_HISTORY,
    /** Usually pays on time (on average within the tolerance after the due date). */
    ON_TIME,
    /** Recent invoices were paid markedly slower than the ones before. */
    SLOWING,
    /** Usually pays late. */
    USUALLY_LATE
}
