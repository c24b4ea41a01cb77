package io.arrears.rest.internal.collection;

import io.arrears.api.plan.DiscountOfferService.Judged;
import io.arrears.api.plan.EarlyPaymentDiscount;
import io.arrears.rest.internal.json.MoneyJson;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** An early-payment discount offer and where it stands (OPEN, EARNED, EXPIRED). */
public record DiscountOfferJson(String id, String state, List<String> itemIds, MoneyJson debt, String percent,
        MoneyJson discountedAmount, MoneyJson discount, LocalDate offeredOn, LocalDate validUntil, String offeredBy,
        String approvedBy, Instant createdAt) {

    static DiscountOfferJson of(Judged judged) {
        EarlyPaymentDiscount o = judged.stored().offer();
        return new DiscountOfferJson(judged.stored().id(), judged.state().name(), o.itemIds(), MoneyJson.of(o.debt()),
                o.percent().stripTrailingZeros().toPlainString(), MoneyJson.of(o.discountedAmount()), MoneyJson.of(o.discount()),
                o.offeredOn(), o.validUntil(), judged.stored().offeredBy(), judged.stored().approvedBy().orElse(null),
                judged.stored().createdAt());
    }

    /** Body of {@code POST …/discount-offers}: {@code {"debt":{…},"percent":"2","validUntil":"2026-03-20","itemIds":[]}}. */
    public record NewJson(MoneyJson debt, String percent, String validUntil, List<String> itemIds) {

        EarlyPaymentDiscount toOffer(String customerId, LocalDate today) {
            if (debt == null) {
                throw new IllegalArgumentException("debt: is required ({\"amount\":\"1500.00\",\"currency\":\"EUR\"})");
            }
            BigDecimal rate;
            try {
                rate = new BigDecimal(Fields.required(percent, "percent"));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("percent: '" + percent + "' is not a decimal number such as \"2.5\"");
            }
            try {
                return new EarlyPaymentDiscount(customerId, itemIds == null ? List.of() : itemIds,
                        Fields.money(debt.amount(), debt.currency(), "debt"), rate, today, Fields.date(validUntil, "validUntil"));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(e.getMessage().replace("EarlyPaymentDiscount.", "").replace("offeredOn", "today"), e);
            }
        }
    }
}
