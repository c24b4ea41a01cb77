package io.arrears.rest.internal.escalation;

import io.arrears.api.insurer.BuyerLimit;
import io.arrears.api.insurer.InsurerPolicy;
import io.arrears.api.money.Money;
import io.arrears.rest.internal.json.MoneyJson;
import java.util.List;

/** An insurer policy with its buyers' credit limits (request body without id, response with it). */
public record PolicyJson(Long id, String insurerId, String policyNumber, Integer maxExtensionDays, Integer notificationDays,
        String country, Boolean active, List<BuyerJson> buyers) {

    /** A buyer insured under the policy: ERP customer id, registration/VAT id, credit limit. */
    public record BuyerJson(String customerId, String registrationId, MoneyJson creditLimit) {
        BuyerLimit toBuyer() {
            if (creditLimit == null) {
                throw new IllegalArgumentException("buyer " + customerId + ": creditLimit {\"amount\",\"currency\"} is required");
            }
            return new BuyerLimit(customerId, registrationId, Money.of(creditLimit.amount(), creditLimit.currency()));
        }
    }

    static PolicyJson of(InsurerPolicy p) {
        return new PolicyJson(p.id(), p.insurerId(), p.policyNumber(), p.maxExtensionDays(), p.notificationDays(), p.country(),
                p.active(), p.buyers().stream().map(b -> new BuyerJson(b.customerId(), b.registrationId(),
                        MoneyJson.of(b.creditLimit()))).toList());
    }

    InsurerPolicy toPolicy(long withId) {
        if (maxExtensionDays == null || notificationDays == null) {
            throw new IllegalArgumentException("maxExtensionDays and notificationDays are required (days after the original due date)");
        }
        return new InsurerPolicy(withId, insurerId, policyNumber, maxExtensionDays, notificationDays, country,
                active == null || active, buyers == null ? List.of() : buyers.stream().map(BuyerJson::toBuyer).toList());
    }
}
