package io.arrears.api.call;

import java.util.List;

/** A call report whose fields do not fit its outcome; each problem starts with the field it concerns. */
public class InvalidCallException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    public InvalidCallException(List<String> problems) {
        super(String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    /** "field: what is wrong", one per problem. */
    public List<String> problems() {
        return problems;
    }
}
