package io.arrears.api.insurer;

import io.arrears.api.money.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * An overdue-buyer notification to an insurer. Unique per policy, buyer and set of items.
 *
 * @param deadline        the earliest deadline of its lines: it must be delivered by then
 * @param sentAt          when the insurer's endpoint accepted it
 * @param acknowledgedAt  when the insurer acknowledged it, with its reference
 */
public record Notification(long id, long policyId, String customerId, List<NotificationLine> lines, List<Money> total,
        LocalDate deadline, Instant createdAt, Optional<Instant> sentAt, Optional<Instant> acknowledgedAt,
        Optional<String> acknowledgementReference) {

    public Notification {
        lines = List.copyOf(lines);
        total = List.copyOf(total);
    }

    public String reference() {
        return "ARR-N-" + id;
    }
}
