package io.arrears.api.agency;

import io.arrears.api.money.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One feedback record from an agency.
 *
 * @param externalId the agency's id of this record: together with the agency it makes the record unique, so a
 *                   feedback file read twice changes nothing
 * @param amount     required for PAYMENT and COMMISSION
 * @param valueDate  the payment's value date (PAYMENT)
 */
public record NewFeedback(String agencyId, String externalId, String placementReference, FeedbackKind kind, String note,
        Optional<Money> amount, Optional<LocalDate> valueDate, Instant receivedAt) {

    public NewFeedback {
        NewPlacement.requireText("agencyId", agencyId);
        NewPlacement.requireText("externalId", externalId);
        NewPlacement.requireText("placementReference", placementReference);
        Objects.requireNonNull(kind, "NewFeedback.kind");
        note = note == null ? "" : note.strip();
        Objects.requireNonNull(amount, "NewFeedback.amount");
        Objects.requireNonNull(valueDate, "NewFeedback.valueDate");
        Objects.requireNonNull(receivedAt, "NewFeedback.receivedAt");
        if (externalId.length() > 128 || note.length() > 2000) {
            throw new IllegalArgumentException("feedback " + externalId + ": externalId at most 128, note at most 2000 characters");
        }
        if ((kind == FeedbackKind.PAYMENT || kind == FeedbackKind.COMMISSION)
                && amount.filter(Money::isPositive).isEmpty()) {
            throw new IllegalArgumentException("feedback " + externalId + " (" + kind + ") needs a positive amount");
        }
        if (kind == FeedbackKind.PAYMENT && valueDate.isEmpty()) {
            throw new IllegalArgumentException("feedback " + externalId + " (PAYMENT) needs the value date");
        }
    }
}
