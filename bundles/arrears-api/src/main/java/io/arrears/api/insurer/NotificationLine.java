package io.arrears.api.insurer;

import io.arrears.api.money.Money;
import java.time.LocalDate;

/** One overdue invoice in a notification: number, original due date, outstanding amount, its own deadline. */
public record NotificationLine(String itemId, String documentNumber, LocalDate dueDate, Money outstanding, LocalDate deadline) {
}
