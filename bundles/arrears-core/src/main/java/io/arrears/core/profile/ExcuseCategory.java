package io.arrears.core.profile;

/**
 * Excuses a collector can log after a contact, grouped as seed 004 advises ("group them by category
 * and keep them at hand"). The responses per language live in the excuse library resource.
 */
public enum ExcuseCategory {
    /** "The cheque is in the post" (seed 004). */
    CHEQUE_IN_THE_POST,
    /** "We have cash-flow problems right now" (seeds 003, 004). */
    CASH_FLOW_PROBLEMS,
    /** "Our own customers are not paying us" (seed 003). */
    CUSTOMERS_NOT_PAYING_US,
    /** "I have no copy of the invoice" / "never received it" (seed 004, domain type DISORGANISED). */
    NO_INVOICE_COPY,
    /** "I cannot discuss it without the details in front of me" (seed 004). */
    NO_DETAILS_AT_HAND,
    /** "You are talking to the wrong person". */
    WRONG_PERSON,
    /** "The goods or service were not right" (domain type EMOTIONAL). */
    QUALITY_DISPUTE,
    /** Complaints about the service, blaming the collector (seed 004 "Focus"). */
    SERVICE_COMPLAINT,
    /** "I will pay next week" without a date or amount. */
    WILL_PAY_NEXT_WEEK,
    /** Shouting or "not now": seed 004 says ask when to call back, do not escalate tone. */
    BAD_TIME_TO_TALK,
    /** The debtor refuses phone calls (seed 002: then write to open the conversation). */
    REFUSES_PHONE_CALLS;

    /** Excuses that point to a short-of-cash debtor (STRUGGLING). */
    public boolean isCashShortage() {
        return this == CASH_FLOW_PROBLEMS || this == CUSTOMERS_NOT_PAYING_US;
    }

    /** Excuses that point to missing paperwork or poor bookkeeping (DISORGANISED). */
    public boolean isPaperwork() {
        return this == NO_INVOICE_COPY || this == NO_DETAILS_AT_HAND || this == WRONG_PERSON;
    }

    /** Excuses that put the blame on the supplier (EMOTIONAL). */
    public boolean isBlame() {
        return this == QUALITY_DISPUTE || this == SERVICE_COMPLAINT;
    }
}
