package io.arrears.letters;

import io.arrears.api.letter.OfferRenderer;
import io.arrears.api.letter.OfferRequest;
import io.arrears.api.letter.RenderedMessage;
import java.util.Locale;
import java.util.Map;

/**
 * Renders an early-payment discount offer from {@code offer.tpl} (sections {@code subject} and {@code body}) and the
 * greetings of {@code common.tpl} of the debtor's language; a language without {@code offer.tpl} gets the English
 * text with amounts and dates in the debtor's country format. Stateless: safe to share between threads.
 */
final class TemplateOfferRenderer implements OfferRenderer {

    static final String FILE = "offer.tpl";
    private static final String FALLBACK_LANGUAGE = "en";

    private final TemplateSource templates;

    TemplateOfferRenderer(TemplateSource templates) {
        this.templates = templates;
    }

    @Override
    public RenderedMessage render(OfferRequest request) {
        Locale locale = request.locale();
        String language = LetterLanguages.folder(locale);
        if (!templates.exists(language, FILE)) {
            language = FALLBACK_LANGUAGE;
            locale = new Locale(FALLBACK_LANGUAGE, locale.getCountry());
        }
        String tag = locale.toLanguageTag();
        boolean rtl = LetterLanguages.isRightToLeft(locale);
        TemplateFile common = templates.load(language, "common.tpl");
        TemplateFile offer = templates.load(language, FILE);
        Map<String, Object> values = OfferValues.of(request, common, new LocaleFormats(locale));

        String subject = offer.section("subject").render(values, Template.Escaping.NONE).strip();
        String text = TemplateLetterRenderer.tidy(offer.section("body").render(values, Template.Escaping.NONE));
        String html = HtmlLetter.of(tag, rtl, subject,
                TemplateLetterRenderer.tidy(offer.section("body").render(values, Template.Escaping.HTML)));
        return new RenderedMessage(subject, text, html);
    }
}
