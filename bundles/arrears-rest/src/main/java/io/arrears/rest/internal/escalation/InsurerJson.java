package io.arrears.rest.internal.escalation;

import io.arrears.api.insurer.BuyerExposure;
import io.arrears.api.insurer.InsurerAlarm;
import io.arrears.rest.internal.json.MoneyJson;
import java.math.BigDecimal;
import java.time.LocalDate;

/** Alarm and exposure shapes of the insurer API. */
public final class InsurerJson {

    private InsurerJson() {
    }

    public record AlarmJson(String kind, long policyId, String policyNumber, String insurerId, String customerId, String itemId,
            String documentNumber, LocalDate dueDate, LocalDate deadline, String message) {
        public static AlarmJson of(InsurerAlarm a) {
            return new AlarmJson(a.kind().name(), a.policyId(), a.policyNumber(), a.insurerId(), a.customerId(), a.itemId(),
                    a.documentNumber(), a.dueDate(), a.deadline(), a.message());
        }
    }

    /** Utilisation is a decimal string with one digit ("120.0"), null for a zero limit. */
    public record ExposureJson(long policyId, String policyNumber, String insurerId, String customerId, MoneyJson creditLimit,
            MoneyJson outstanding, MoneyJson overdue, MoneyJson headroom, String utilisationPercent, boolean overLimit) {
        static ExposureJson of(BuyerExposure e) {
            return new ExposureJson(e.policyId(), e.policyNumber(), e.insurerId(), e.customerId(), MoneyJson.of(e.creditLimit()),
                    MoneyJson.of(e.outstanding()), MoneyJson.of(e.overdue()), MoneyJson.of(e.headroom()),
                    e.utilisationPercent().map(BigDecimal::toPlainString).orElse(null), e.overLimit());
        }
    }
}
