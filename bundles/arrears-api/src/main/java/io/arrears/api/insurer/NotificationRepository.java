package io.arrears.api.insurer;

import io.arrears.api.partner.NewPartnerMessage;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.LongFunction;

/** Overdue notifications and their acknowledgements. */
public interface NotificationRepository {

    /**
     * Stores the notification and enqueues its message (built from the stored id) in one transaction, unless one for
     * the same policy, buyer and item set exists (then empty: the unique key decides).
     */
    Optional<Notification> create(long policyId, String customerId, List<NotificationLine> lines, LocalDate deadline,
            Instant at, LongFunction<NewPartnerMessage> message);

    /** Records the insurer's acknowledgement; a second one for the same notification is refused (IllegalStateException). */
    Notification acknowledge(long id, String reference, Instant at);

    Optional<Notification> find(long id);

    /** Notifications of a policy (or all), newest first. */
    List<Notification> list(Optional<Long> policyId, int limit);

    /** Notifications of one buyer under one policy, oldest first. */
    List<Notification> ofBuyer(long policyId, String customerId);
}
