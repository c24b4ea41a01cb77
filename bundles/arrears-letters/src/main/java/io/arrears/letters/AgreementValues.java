package io.arrears.letters;

import io.arrears.api.letter.AgreementInstalment;
import io.arrears.api.letter.AgreementRequest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The values {@code agreement.tpl} may use, formatted for the debtor's locale.
 *
 * <p>Top level: {@code planId creditorName debtorName contactPerson agreedBy agreedOn total totalPayable graceDays
 * letterDate iban reference greeting paymentDetails closing}; {@code documentList} (comma-separated); lists {@code documents} ({@code number}), {@code instalments}
 * ({@code number dueDate amount downPayment interest}, {@code interest} empty or one element with {@code amount}); flags
 * {@code hasDocuments}, {@code hasInterest}.
 */
final class AgreementValues {

    private AgreementValues() {
    }

    static Map<String, Object> of(AgreementRequest request, TemplateFile common, LocaleFormats formats) {
        Map<String, Object> v = new HashMap<>();
        v.put("planId", request.planId());
        v.put("creditorName", request.creditor().name());
        v.put("debtorName", request.debtor().name());
        v.put("contactPerson", request.debtor().contactPerson().orElse(request.debtor().name()));
        v.put("agreedBy", request.agreedBy());
        v.put("agreedOn", formats.date(request.agreedOn()));
        v.put("total", formats.money(request.total()));
        v.put("totalPayable", formats.money(request.totalPayable()));
        v.put("graceDays", formats.integer(request.graceDays()));
        v.put("letterDate", formats.date(request.letterDate()));
        v.put("iban", Iban.grouped(Iban.normalise(request.creditor().iban())));
        v.put("reference", request.paymentReference());
        v.put("bic", request.creditor().bic().map(b -> List.of(Map.<String, Object>of("code", b))).orElse(List.of()));
        v.put("paymentLink", List.of());
        v.put("documents", request.documentNumbers().stream().map(d -> Map.<String, Object>of("number", d)).toList());
        v.put("documentList", String.join(", ", request.documentNumbers()));
        v.put("hasDocuments", !request.documentNumbers().isEmpty());
        v.put("instalments", request.instalments().stream().map(i -> instalment(i, formats)).toList());
        v.put("hasInterest", request.instalments().stream().anyMatch(i -> i.interest().isPositive()));

        String greetingSection = request.debtor().contactPerson().isPresent() ? "greeting.named" : "greeting.generic";
        v.put("greeting", common.section(greetingSection).render(v, Template.Escaping.NONE));
        v.put("paymentDetails", common.section("payment").render(v, Template.Escaping.NONE));
        v.put("closing", common.section("closing").render(v, Template.Escaping.NONE));
        return v;
    }

    private static Map<String, Object> instalment(AgreementInstalment i, LocaleFormats formats) {
        Map<String, Object> m = new HashMap<>();
        m.put("number", formats.integer(i.number()));
        m.put("dueDate", formats.date(i.dueDate()));
        m.put("amount", formats.money(i.amount()));
        m.put("downPayment", i.downPayment());
        m.put("interest", i.interest().isPositive() ? List.of(Map.<String, Object>of("amount", formats.money(i.interest())))
                : List.of());
        return m;
    }
}
