package io.arrears.api.letter;

/** How firmly a notice is worded; polite at every tone, firmer as the dunning level rises. */
public enum Tone {
    /** A courtesy reminder before or at the due date. */
    FRIENDLY,
    /** The first reminder after the due date. */
    NEUTRAL,
    /** The second reminder: clear and firm. */
    FIRM,
    /** The last notice before the case is escalated (agency, insurer, court). */
    FINAL
}
