package io.arrears.core.intake;

/** A record that cannot enter the ledger as it is; the import reports it and goes on with the next one. */
final class IntakeRejection extends RuntimeException {

    private static final long serialVersionUID = 1L;

    IntakeRejection(String message) {
        super(message);
    }
}
