package io.arrears.rest.internal.escalation;

import io.arrears.api.insurer.Notification;
import io.arrears.rest.internal.json.MoneyJson;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** An overdue notification with its lines, delivery and acknowledgement. */
public record NotificationJson(long id, String reference, long policyId, String customerId, List<LineJson> lines,
        List<MoneyJson> total, LocalDate deadline, Instant createdAt, Instant sentAt, Instant acknowledgedAt,
        String acknowledgementReference) {

    /** One invoice: number, original due date, outstanding, its own deadline. */
    public record LineJson(String itemId, String documentNumber, LocalDate dueDate, MoneyJson outstanding, LocalDate deadline) {
    }

    /** Body of {@code POST insurer/notifications/{id}/acknowledgement}. */
    public record AcknowledgementJson(String reference) {
    }

    static NotificationJson of(Notification n) {
        return new NotificationJson(n.id(), n.reference(), n.policyId(), n.customerId(), n.lines().stream()
                .map(l -> new LineJson(l.itemId(), l.documentNumber(), l.dueDate(), MoneyJson.of(l.outstanding()), l.deadline()))
                .toList(), n.total().stream().map(MoneyJson::of).toList(), n.deadline(), n.createdAt(), n.sentAt().orElse(null),
                n.acknowledgedAt().orElse(null), n.acknowledgementReference().orElse(null));
    }
}
