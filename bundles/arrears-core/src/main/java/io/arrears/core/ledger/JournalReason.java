package io.arrears.core.ledger;

/** The journal keeps {@value #MAX} characters of a reason (ledger_events.reason); a longer one is cut with "...". */
public final class JournalReason {

    public static final int MAX = 200;

    private JournalReason() {
    }

    public static String fit(String text) {
        return text.length() <= MAX ? text : text.substring(0, MAX - 3) + "...";
    }
}
