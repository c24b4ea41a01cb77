package io.arrears.api.contact;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * A contact to be appended to the log: who spoke with (or wrote to) which customer, when, how,
 * and what came of it. The log adds the sequence number, the time it was recorded and the hashes.
 *
 * @param occurredAt         when the contact happened; kept to the microsecond (the precision of
 *                           both supported databases), finer digits are dropped here
 * @param collector          the user id of the collector who made or took the contact
 * @param notes              free text, may be empty but not null; at most {@value #MAX_NOTES}
 * @param excuseCategory     the excuse library category the customer's excuse fell into
 * @param recordingReference where the audio recording of a call is kept
 * @param relatedReference   the id of the notice, promise or plan this contact is about
 */
public record NewContactEntry(
        String customerId,
        Instant occurredAt,
        String collector,
        ContactChannel channel,
        ContactDirection direction,
        ContactOutcome outcome,
        String notes,
        Optional<String> excuseCategory,
        Optional<String> recordingReference,
        Optional<String> relatedReference) {

    public static final int MAX_ID = 64;
    public static final int MAX_NOTES = 4000;
    public static final int MAX_EXCUSE_CATEGORY = 64;
    public static final int MAX_RECORDING_REFERENCE = 500;
    public static final int MAX_RELATED_REFERENCE = 128;

    private static final String RECORD = "NewContactEntry";

    public NewContactEntry {
        Fields.text(customerId, MAX_ID, RECORD, "customerId");
        occurredAt = Fields.present(occurredAt, RECORD, "occurredAt").truncatedTo(ChronoUnit.MICROS);
        Fields.text(collector, MAX_ID, RECORD, "collector");
        Fields.present(channel, RECORD, "channel");
        Fields.present(direction, RECORD, "direction");
        Fields.present(outcome, RECORD, "outcome");
        Fields.anyText(notes, MAX_NOTES, RECORD, "notes");
        excuseCategory = Fields.optionalText(excuseCategory, MAX_EXCUSE_CATEGORY, RECORD, "excuseCategory");
        recordingReference = Fields.optionalText(recordingReference, MAX_RECORDING_REFERENCE, RECORD, "recordingReference");
        relatedReference = Fields.optionalText(relatedReference, MAX_RELATED_REFERENCE, RECORD, "relatedReference");
    }

    /** A contact without excuse, recording or related document. */
    public static NewContactEntry of(String customerId, Instant occurredAt, String collector, ContactChannel channel,
            ContactDirection direction, ContactOutcome outcome, String notes) {
        return new NewContactEntry(customerId, occurredAt, collector, channel, direction, outcome, notes,
                Optional.empty(), Optional.empty(), Optional.empty());
    }
}
