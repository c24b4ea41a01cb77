package io.arrears.api.ledger;

/**
 * An event the ledger refuses: a conflicting duplicate, an unknown item or payment, a waiver of a
 * document that can only be cancelled. The message names the event and why.
 */
public class LedgerException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public LedgerException(String message) {
        super(message);
    }
}
