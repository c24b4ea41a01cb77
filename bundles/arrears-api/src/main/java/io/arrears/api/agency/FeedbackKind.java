package io.arrears.api.agency;

/** What an agency reports about a placement. */
public enum FeedbackKind {
    /** A status update in the agency's words (e.g. "debtor contacted", "legal action prepared"). */
    STATUS,
    /** Money the agency collected from the debtor: applied to the ledger once. */
    PAYMENT,
    /** The agency's commission on a collection (what it keeps). */
    COMMISSION,
    /** The agency confirms a recall: the placement ends and our dunning may resume. */
    RECALL_ACKNOWLEDGED,
    /** The agency closes the case (collected in full or given up); the note says which. */
    CLOSED
}
