package io.arrears.api.insurer;

import java.time.LocalDate;
import java.util.List;

/** The credit-insurer duties: notify in time, never silently miss a deadline, show exposure. */
public interface InsurerService {

    /**
     * Lists insured buyers whose overdue items reach the warning window ({@code warningDays} before the deadline) and
     * queues one notification per policy, buyer and item set not notified yet. Repeating it changes nothing.
     */
    CheckResult check(LocalDate asOf, int warningDays);

    /** Missed, approaching and unacknowledged deadlines as of the date. */
    List<InsurerAlarm> alarms(LocalDate asOf, int warningDays);

    /** The buyer's exposure under every active policy that insures it. */
    List<BuyerExposure> exposure(String customerId, LocalDate asOf);

    /** Records the insurer's acknowledgement of a notification. */
    Notification acknowledge(long notificationId, String reference);
}
