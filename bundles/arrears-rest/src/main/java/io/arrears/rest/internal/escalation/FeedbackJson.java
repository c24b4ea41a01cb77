package io.arrears.rest.internal.escalation;

import io.arrears.api.agency.AgencyFeedback;
import io.arrears.api.agency.FeedbackKind;
import io.arrears.api.agency.NewFeedback;
import io.arrears.api.money.Money;
import io.arrears.rest.internal.json.MoneyJson;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Agency feedback as stored, and the body agencies POST (the same shape as their SFTP feedback files). */
public record FeedbackJson(long id, String placementReference, String agencyId, String externalId, String kind, String note,
        MoneyJson amount, LocalDate valueDate, Instant receivedAt, String ledgerPaymentKey) {

    static FeedbackJson of(AgencyFeedback f) {
        NewFeedback c = f.content();
        return new FeedbackJson(f.id(), c.placementReference(), c.agencyId(), c.externalId(), c.kind().name(), c.note(),
                c.amount().map(MoneyJson::of).orElse(null), c.valueDate().orElse(null), c.receivedAt(),
                f.ledgerPaymentKey().orElse(null));
    }

    /** {@code {"agency":"acme","records":[{"id":…,"placementReference":…,"kind":…,"amount":{…},"valueDate":…,"note":…}]}} */
    public record DocumentJson(String agency, List<RecordJson> records) {

        List<NewFeedback> toFeedback(Instant at) {
            if (agency == null || records == null) {
                throw new IllegalArgumentException("a feedback document needs \"agency\" and \"records\"");
            }
            return records.stream().map(r -> r.toFeedback(agency, at)).toList();
        }
    }

    public record RecordJson(String id, String placementReference, String kind, MoneyJson amount, LocalDate valueDate, String note) {

        NewFeedback toFeedback(String agency, Instant at) {
            FeedbackKind parsed = Arrays.stream(FeedbackKind.values()).filter(k -> k.name().equals(kind)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("feedback " + id + ": kind '" + kind + "' is not one of "
                            + Arrays.toString(FeedbackKind.values())));
            Optional<Money> money = Optional.ofNullable(amount).map(a -> Money.of(a.amount(), a.currency()));
            return new NewFeedback(agency, id, placementReference, parsed, note, money, Optional.ofNullable(valueDate), at);
        }
    }
}
