package io.arrears.letters;

import io.arrears.api.letter.Creditor;
import io.arrears.api.letter.FeeLine;
import io.arrears.api.letter.InterestLine;
import io.arrears.api.letter.LetterItem;
import io.arrears.api.letter.LetterRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The values a template may use, formatted for the debtor's locale. Amounts are the residuals: the items'
 * original amounts are deliberately not offered, so no template can print them.
 *
 * <p>Top level: {@code noticeId level creditorName debtorName totalDue payBy letterDate iban reference
 * greeting behaviourNote charges paymentDetails closing}, lists {@code items} ({@code documentNumber issueDate dueDate
 * outstanding daysOverdue daysUntilDue}), {@code interest} ({@code documentNumber rate from to amount}),
 * {@code fees} ({@code label documentNumber amount}), {@code bic} ({@code code}) and {@code paymentLink}
 * ({@code url}), each of the last two empty or with one element; flags {@code hasCharges}, {@code singleItem}.
 */
final class LetterValues {

    private LetterValues() {
    }

    static Map<String, Object> of(LetterRequest request, TemplateFile common, LocaleFormats formats) {
        Map<String, Object> v = new HashMap<>();
        Creditor creditor = request.creditor();
        String iban = Iban.normalise(creditor.iban());
        v.put("noticeId", request.noticeId());
        v.put("level", formats.integer(request.level()));
        v.put("creditorName", creditor.name());
        v.put("debtorName", request.debtor().name());
        v.put("contactPerson", request.debtor().contactPerson().orElse(request.debtor().name()));
        v.put("totalDue", formats.money(request.totalDue()));
        v.put("payBy", formats.date(request.payBy()));
        v.put("letterDate", formats.date(request.letterDate()));
        v.put("iban", Iban.grouped(iban));
        v.put("reference", Iban.grouped(request.paymentReference()));
        v.put("bic", creditor.bic().map(b -> List.of(Map.<String, Object>of("code", b))).orElse(List.of()));
        v.put("paymentLink", creditor.paymentLinkTemplate()
                .map(t -> List.of(Map.<String, Object>of("url", paymentLink(t, request)))).orElse(List.of()));
        v.put("items", request.items().stream().map(i -> item(i, formats)).toList());
        v.put("interest", request.interest().stream().map(i -> interest(i, formats)).toList());
        v.put("fees", request.fees().stream().map(f -> fee(f, common, formats)).toList());
        v.put("hasCharges", !request.interest().isEmpty() || !request.fees().isEmpty());
        v.put("singleItem", request.items().size() == 1);

        // the shared pieces are rendered as plain text and inserted (and escaped) like any other value
        String greetingSection = request.debtor().contactPerson().isPresent() ? "greeting.named" : "greeting.generic";
        v.put("greeting", common.section(greetingSection).render(v, Template.Escaping.NONE));
        v.put("behaviourNote", common.section("behaviour." + request.behaviourType().name()).render(v, Template.Escaping.NONE));
        v.put("charges", common.section("charges").render(v, Template.Escaping.NONE));
        v.put("paymentDetails", common.section("payment").render(v, Template.Escaping.NONE));
        v.put("closing", common.section("closing").render(v, Template.Escaping.NONE));
        return v;
    }

    private static Map<String, Object> item(LetterItem item, LocaleFormats formats) {
        return Map.of(
                "documentNumber", item.documentNumber(),
                "issueDate", formats.date(item.issueDate()),
                "dueDate", formats.date(item.dueDate()),
                "outstanding", formats.money(item.outstanding()),
                "daysOverdue", formats.integer(Math.max(0, item.daysOverdue())),
                "daysUntilDue", formats.integer(Math.max(0, -item.daysOverdue())));
    }

    private static Map<String, Object> interest(InterestLine line, LocaleFormats formats) {
        return Map.of(
                "documentNumber", line.documentNumber(),
                "rate", formats.percent(line.ratePercent()),
                "from", formats.date(line.from()),
                "to", formats.date(line.to()),
                "amount", formats.money(line.amount()));
    }

    private static Map<String, Object> fee(FeeLine fee, TemplateFile common, LocaleFormats formats) {
        Map<String, Object> m = new HashMap<>();
        m.put("documentNumber", fee.documentNumber().map(d -> List.of(Map.<String, Object>of("number", d))).orElse(List.of()));
        m.put("amount", formats.money(fee.amount()));
        m.put("label", common.section("fee." + fee.kind().name()).render(m, Template.Escaping.NONE));
        return m;
    }

    /** Fills {reference} and {amount} (plain decimal) into the creditor's payment-link template, URL-encoded. */
    static String paymentLink(String template, LetterRequest request) {
        return template
                .replace("{reference}", URLEncoder.encode(request.paymentReference(), StandardCharsets.UTF_8))
                .replace("{amount}", URLEncoder.encode(request.totalDue().amount().toPlainString(), StandardCharsets.UTF_8));
    }
}
