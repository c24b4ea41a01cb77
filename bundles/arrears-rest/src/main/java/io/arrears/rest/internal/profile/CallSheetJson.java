package io.arrears.rest.internal.profile;

import io.arrears.api.call.CallSheet;
import io.arrears.rest.internal.json.MoneyJson;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** {@code GET customers/{id}/call-sheet}: everything a collector needs before the call. Absent values are null. */
public record CallSheetJson(String customerId, String customerName, String customerLanguage, String collectorLanguage,
        String jurisdiction, LocalDate asOf, Instant preparedAt, List<AmountDueJson> amountDue, List<MoneyJson> notYetDue,
        List<LineJson> openItems, HistoryJson history, List<PromiseJson> promises, List<ExcuseJson> excuses,
        ApproachJson approach, String openingLine, String openingLanguage, List<OfferJson> offers, List<String> drift) {

    public record AmountDueJson(MoneyJson principal, MoneyJson interest, MoneyJson interestNotYetCharged, MoneyJson fees,
            MoneyJson total) {
    }

    public record LineJson(String itemId, String documentNumber, String kind, LocalDate issueDate, LocalDate dueDate,
            long termsDays, MoneyJson amount, MoneyJson outstanding, long daysPastDue, String bucket, MoneyJson accruedInterest) {
    }

    public record HistoryJson(String habit, int paidInvoicesConsidered, BigDecimal averageDaysBeyondTerms,
            BigDecimal changeInDaysToPay, long currentDaysPastDue, boolean latenessUnusual, String summary) {
    }

    public record PromiseJson(String promiseId, MoneyJson amount, LocalDate promisedDate, String state, String takenBy,
            Instant takenAt) {
    }

    public record ExcuseJson(String category, int count, List<String> responses, String responseLanguage) {
    }

    public record ApproachJson(String type, double confidence, String why, String tone, List<String> channels,
            List<String> talkingPoints, String talkingPointsLanguage, String escalation) {
    }

    public record OfferJson(String kind, Integer maxPlanMonths, BigDecimal minFirstPercent, BigDecimal maxDiscountPercent,
            Integer maxExtensionDays) {
    }

    static CallSheetJson of(CallSheet s) {
        CallSheet.History h = s.history();
        CallSheet.Approach a = s.approach();
        return new CallSheetJson(s.customerId(), s.customerName(), s.customerLanguage(), s.collectorLanguage(), s.jurisdiction(),
                s.asOf(), s.preparedAt(),
                s.amountDue().stream().map(d -> new AmountDueJson(MoneyJson.of(d.principal()), MoneyJson.of(d.interest()),
                        MoneyJson.of(d.interestNotYetCharged()), MoneyJson.of(d.fees()), MoneyJson.of(d.total()))).toList(),
                s.notYetDue().stream().map(MoneyJson::of).toList(),
                s.openItems().stream().map(l -> new LineJson(l.itemId(), l.documentNumber(), l.kind().name(), l.issueDate(),
                        l.dueDate(), l.termsDays(), MoneyJson.of(l.amount()), MoneyJson.of(l.outstanding()), l.daysPastDue(),
                        l.bucket().name(), MoneyJson.of(l.accruedInterest()))).toList(),
                new HistoryJson(h.habit().name(), h.paidInvoicesConsidered(), h.averageDaysBeyondTerms().orElse(null),
                        h.changeInDaysToPay().orElse(null), h.currentDaysPastDue(), h.latenessUnusual(), h.summary()),
                s.promises().stream().map(p -> new PromiseJson(p.promiseId(), MoneyJson.of(p.amount()), p.promisedDate(),
                        p.state().name(), p.takenBy(), p.takenAt())).toList(),
                s.excuses().stream().map(e -> new ExcuseJson(e.category(), e.count(), e.responses(), e.responseLanguage())).toList(),
                new ApproachJson(a.type().name(), a.confidence(), a.why(), a.tone(), a.channels(), a.talkingPoints(),
                        a.talkingPointsLanguage(), a.escalation()),
                s.openingLine(), s.openingLanguage(),
                s.offers().stream().map(o -> new OfferJson(o.kind(), o.maxPlanMonths().orElse(null), o.minFirstPercent().orElse(null),
                        o.maxDiscountPercent().orElse(null), o.maxExtensionDays().orElse(null))).toList(),
                s.drift());
    }
}
