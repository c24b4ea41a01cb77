package io.arrears.letters;

import io.arrears.api.letter.OfferRequest;
import java.util.HashMap;
import java.util.Map;

/**
 * The values {@code offer.tpl} may use, formatted for the debtor's locale: {@code offerId debtorName contactPerson
 * offeredBy percent debt discount discountedAmount validUntil reference documentList greeting}; flag
 * {@code hasDocuments}.
 */
final class OfferValues {

    private OfferValues() {
    }

    static Map<String, Object> of(OfferRequest request, TemplateFile common, LocaleFormats formats) {
        Map<String, Object> v = new HashMap<>();
        v.put("offerId", request.offerId());
        v.put("debtorName", request.debtorName());
        v.put("contactPerson", request.contactPerson().orElse(request.debtorName()));
        v.put("offeredBy", request.offeredBy());
        v.put("percent", formats.percent(request.percent()));
        v.put("debt", formats.money(request.debt()));
        v.put("discount", formats.money(request.discount()));
        v.put("discountedAmount", formats.money(request.discountedAmount()));
        v.put("validUntil", formats.date(request.validUntil()));
        v.put("reference", request.reference());
        v.put("documentList", String.join(", ", request.documentNumbers()));
        v.put("hasDocuments", !request.documentNumbers().isEmpty());
        String greetingSection = request.contactPerson().isPresent() ? "greeting.named" : "greeting.generic";
        v.put("greeting", common.section(greetingSection).render(v, Template.Escaping.NONE));
        return v;
    }
}
