package io.arrears.api.agency;

import java.util.List;
import java.util.Optional;

/** The agency handoff as users and routes drive it. */
public interface PlacementService {

    /** A collector or manager asks to place open items with an agency. Items must be open claims of the customer. */
    Placement request(NewPlacement placement);

    /** The approval screen: debt and relationship value, computed now. */
    ApprovalView approvalView(long placementId);

    /**
     * A manager approves: the approval is logged with the values shown, the items are blocked for our dunning and the
     * placement file is queued for the agency.
     */
    Placement approve(long placementId, String manager);

    /** Asks the agency to hand the case back; dunning resumes once the agency acknowledges. */
    Placement recall(long placementId, String by);

    /**
     * Applies one feedback record: stored once per agency record id; a PAYMENT becomes a ledger payment exactly once.
     *
     * @return the stored feedback, empty when this record was applied before
     */
    Optional<AgencyFeedback> applyFeedback(NewFeedback feedback);

    Optional<Placement> find(long placementId);

    List<Placement> list(Optional<String> customerId, Optional<PlacementStatus> status, int limit);

    List<AgencyFeedback> feedback(long placementId);
}
