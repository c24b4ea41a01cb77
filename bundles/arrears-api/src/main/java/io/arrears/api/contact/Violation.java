package io.arrears.api.contact;

/**
 * The first place verification found the log broken.
 *
 * @param sequence the first bad sequence number (for head and checkpoint problems: the sequence
 *                 they name)
 * @param reason   what was expected and what was found, for an auditor
 */
public record Violation(long sequence, ViolationKind kind, String reason) {

    public Violation {
        Fields.present(kind, "Violation", "kind");
        Fields.text(reason, Integer.MAX_VALUE, "Violation", "reason");
    }

    @Override
    public String toString() {
        return kind + " at entry " + sequence + ": " + reason;
    }
}
