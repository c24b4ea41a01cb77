package io.arrears.letters;

import io.arrears.api.letter.AgreementRenderer;
import io.arrears.api.letter.AgreementRequest;
import io.arrears.api.letter.RenderedAgreement;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Renders a payment-plan agreement from {@code agreement.tpl} (sections {@code subject} and {@code body}) and the
 * shared pieces of {@code common.tpl} of the debtor's language, laid out as a PDF letter like the notices (Hebrew right
 * to left). Stateless: safe to share between threads.
 */
final class TemplateAgreementRenderer implements AgreementRenderer {

    private final TemplateSource templates;

    TemplateAgreementRenderer(TemplateSource templates) {
        this.templates = templates;
    }

    @Override
    public RenderedAgreement render(AgreementRequest request) {
        Locale locale = request.locale();
        String language = LetterLanguages.folder(locale);
        boolean rtl = LetterLanguages.isRightToLeft(locale);
        LocaleFormats formats = new LocaleFormats(locale);
        TemplateFile common = templates.load(language, "common.tpl");
        TemplateFile agreement = templates.load(language, "agreement.tpl");
        Map<String, Object> values = AgreementValues.of(request, common, formats);

        String subject = agreement.section("subject").render(values, Template.Escaping.NONE).strip();
        String text = TemplateLetterRenderer.tidy(agreement.section("body").render(values, Template.Escaping.NONE));
        String html = HtmlLetter.of(request.languageTag(), rtl, subject,
                TemplateLetterRenderer.tidy(agreement.section("body").render(values, Template.Escaping.HTML)));
        byte[] pdf = PdfLetterWriter.write(new PdfLetterWriter.Content("plan agreement " + request.planId(),
                request.languageTag(), request.creditor(), request.debtor(), rtl, subject, text, Optional.empty(), "",
                formats.date(request.letterDate())));
        return new RenderedAgreement(subject, text, html, pdf);
    }
}
