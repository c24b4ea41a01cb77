package io.arrears.route.agency;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.arrears.api.agency.FeedbackKind;
import io.arrears.api.agency.NewFeedback;
import io.arrears.api.money.Money;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * An agency's feedback file or HTTP body:
 * <pre>{"agency":"acme","records":[{"id":"F-1","placementReference":"ARR-P-7","kind":"PAYMENT",
 *   "amount":{"amount":"120.00","currency":"EUR"},"valueDate":"2026-03-02","note":"first instalment"}]}</pre>
 * kinds: STATUS, PAYMENT, COMMISSION, RECALL_ACKNOWLEDGED, CLOSED. The whole document is refused on the first bad
 * record (with its index and field), so nothing of a malformed file is applied.
 */
public final class FeedbackDocument {

    private static final ObjectMapper JSON = new ObjectMapper();

    private FeedbackDocument() {
    }

    public static List<NewFeedback> parse(String json, String expectedAgency, Instant receivedAt) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (IOException e) {
            throw new IllegalArgumentException("feedback is not JSON: " + e.getMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("feedback must be a JSON object with \"agency\" and \"records\"");
        }
        String agency = root.path("agency").asText("");
        if (!agency.equals(expectedAgency)) {
            throw new IllegalArgumentException("feedback names agency '" + agency + "', expected '" + expectedAgency + "'");
        }
        JsonNode records = root.path("records");
        if (!records.isArray()) {
            throw new IllegalArgumentException("feedback needs a \"records\" array");
        }
        List<NewFeedback> feedback = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            JsonNode record = records.get(i);
            try {
                feedback.add(record(agency, record, receivedAt));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("feedback record " + i + " (" + record.path("id").asText("no id") + "): "
                        + e.getMessage(), e);
            }
        }
        return feedback;
    }

    private static NewFeedback record(String agency, JsonNode record, Instant receivedAt) {
        String kindText = record.path("kind").asText("");
        FeedbackKind kind = Arrays.stream(FeedbackKind.values()).filter(k -> k.name().equals(kindText)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("kind '" + kindText + "' is not one of "
                        + Arrays.toString(FeedbackKind.values())));
        Optional<Money> amount = record.hasNonNull("amount")
                ? Optional.of(Money.of(record.path("amount").path("amount").asText(), record.path("amount").path("currency").asText()))
                : Optional.empty();
        Optional<LocalDate> valueDate = record.hasNonNull("valueDate")
                ? Optional.of(LocalDate.parse(record.path("valueDate").asText())) : Optional.empty();
        return new NewFeedback(agency, record.path("id").asText(null), record.path("placementReference").asText(null), kind,
                record.path("note").asText(""), amount, valueDate, receivedAt);
    }
}
