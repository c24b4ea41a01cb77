package io.arrears.core.profile;

/**
 * The named, numeric signals the rules, the risk score and the drift check look at. Each is derived
 * from {@link BehaviourSignals} by {@link SignalReader}; some are absent when there is nothing to
 * measure (e.g. a response rate without any contact attempted). A rule on an absent signal never fires.
 */
public enum Signal {
    AVG_DAYS_TO_PAY_AFTER_REMINDER("average days from first reminder to payment"),
    AVG_DAYS_LATE("average days paid beyond terms"),
    DAYS_LATE_TREND("recent minus earlier average days beyond terms (positive = slowing)"),
    DAYS_LATE_SPREAD("standard deviation of days beyond terms (irregular lateness)"),
    PAID_INVOICES("paid invoices observed"),
    RESPONSE_RATE("contacts answered / attempted"),
    PROMISE_KEPT_RATE("promises kept / (kept + broken)"),
    PROMISES_BROKEN("promises broken"),
    PARTIAL_PAYMENTS("partial payments"),
    INSTALMENT_REQUESTS("instalment or extension requests"),
    EXCUSES_TOTAL("excuses logged"),
    REPEATED_EXCUSES("repetitions of an excuse already logged"),
    CASH_SHORTAGE_EXCUSES("cash-flow excuses (own cash flow, own customers not paying)"),
    PAPERWORK_EXCUSES("paperwork excuses (no invoice copy, no details at hand, wrong person)"),
    BLAME_EXCUSES("blame excuses (quality dispute, service complaint)"),
    DISPUTES("invoice disputes"),
    COMPLAINTS("complaints about goods or service"),
    HEATED_CONTACTS("contacts logged as angry or abusive"),
    ACCOUNT_QUERIES("detail queries and statement requests"),
    COUNTER_PROPOSALS("own payment terms proposed"),
    INVOICE_COPY_REQUESTS("invoice copy requests"),
    UNPAID_INVOICES("unpaid invoices"),
    OPEN_BALANCE_RATIO("open balance / configured threshold for its currency"),
    EXTERNAL_SCORE("external credit score (0 worst, 100 best)");

    private final String meaning;

    Signal(String meaning) {
        this.meaning = meaning;
    }

    /** What the value measures, for explanations shown to collectors. */
    public String meaning() {
        return meaning;
    }
}
