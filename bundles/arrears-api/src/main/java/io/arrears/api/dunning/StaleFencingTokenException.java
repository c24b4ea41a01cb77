package io.arrears.api.dunning;

/**
 * A write to a dunning run carried a fencing token lower than one the run has already seen: the node that
 * sent it lost its leadership (it was paused, or cut off from the database) and another node has taken
 * over the run. Nothing of that write was stored.
 */
public class StaleFencingTokenException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final long runId;
    private final long token;

    public StaleFencingTokenException(long runId, long token) {
        super("dunning run " + runId + " refuses fencing token " + token + ": a newer leader has taken the run over");
        this.runId = runId;
        this.token = token;
    }

    public long runId() {
        return runId;
    }

    public long token() {
        return token;
    }
}
