package io.arrears.api.agency;

import io.arrears.api.partner.NewPartnerMessage;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Placements, approvals and agency feedback. An item is held by at most one placement that {@link
 * PlacementStatus#holdsItems() holds items}: a second request for it is refused with a
 * {@link io.arrears.api.store.DuplicateKeyException} by the store's unique key. State changes check the state they
 * expect and fail with {@link IllegalStateException} naming the current one.
 */
public interface PlacementRepository {

    Placement request(NewPlacement placement);

    /**
     * REQUESTED → APPROVED in one transaction: records the approval, places an AGENCY_PLACEMENT dunning block on every
     * item and enqueues the placement message.
     */
    Placement approve(long id, Approval approval, NewPartnerMessage message);

    /** APPROVED or PLACED → RECALL_REQUESTED, and the recall message is enqueued in the same transaction. */
    Placement requestRecall(long id, String by, Instant at, NewPartnerMessage message);

    /**
     * Stores the feedback unless the agency's record id is known (then empty). RECALL_ACKNOWLEDGED ends the placement
     * (RECALLED) and CLOSED closes it; both clear its dunning blocks in the same transaction.
     */
    Optional<AgencyFeedback> recordFeedback(long placementId, NewFeedback feedback, Optional<String> ledgerPaymentKey);

    Optional<Placement> find(long id);

    /** Placements, newest first; customer and status filters are optional. */
    List<Placement> list(Optional<String> customerId, Optional<PlacementStatus> status, int limit);

    /** Feedback of a placement, oldest first. */
    List<AgencyFeedback> feedback(long placementId);

    /** Feedback of an agency by its record id. */
    Optional<AgencyFeedback> findFeedback(String agencyId, String externalId);
}
