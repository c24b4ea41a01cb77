package io.arrears.api.cluster;

import java.util.OptionalLong;

/**
 * Which node runs a namespace's singleton work (e.g. the scheduled dunning run). Leadership alone never makes
 * work correct: a paused leader may not know yet that it lost its lease. Writes that must not happen twice
 * carry the {@link #fencingToken} and the database refuses a token lower than one it has already seen.
 */
public interface Leadership {

    /** Namespace of the dunning schedule and of resuming interrupted dunning runs. */
    String DUNNING = "arrears.dunning";

    /** Namespace of the intake folder polling. */
    String INTAKE = "arrears.intake";

    /** True while this node holds the namespace's lease. */
    boolean isLeader(String namespace);

    /** The lease's fencing token while this node holds it (it grows with every change of leader); empty otherwise. */
    OptionalLong fencingToken(String namespace);
}
