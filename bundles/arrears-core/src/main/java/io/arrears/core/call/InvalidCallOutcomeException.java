package io.arrears.core.call;

import java.util.List;

/** A call outcome that breaks the rules; lists every problem so the collector fixes them at once. */
public class InvalidCallOutcomeException extends IllegalArgumentException {

    private final List<String> problems;

    public InvalidCallOutcomeException(List<String> problems) {
        super("call outcome is not valid: " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
