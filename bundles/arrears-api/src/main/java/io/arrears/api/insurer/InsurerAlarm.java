package io.arrears.api.insurer;

import java.time.LocalDate;

/** One insured overdue item that needs attention, with the policy, buyer, deadline and why. */
public record InsurerAlarm(AlarmKind kind, long policyId, String policyNumber, String insurerId, String customerId,
        String itemId, String documentNumber, LocalDate dueDate, LocalDate deadline, String message) {
}
