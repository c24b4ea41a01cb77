package io.arrears.letters;

import io.arrears.api.letter.AgreementRenderer;
import io.arrears.api.letter.AgreementRequest;
import io.arrears.api.letter.LetterRenderer;
import io.arrears.api.letter.RenderedAgreement;
import io.arrears.api.letter.LetterRequest;
import io.arrears.api.letter.OfferRenderer;
import io.arrears.api.letter.OfferRequest;
import io.arrears.api.letter.RenderedLetter;
import io.arrears.api.letter.RenderedMessage;
import io.arrears.api.letter.Tone;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Renders a notice from the templates of the debtor's language: {@code common.tpl} (greetings, closing,
 * payment details, fee labels, behaviour-type paragraphs, QR caption) and one file per tone
 * ({@code friendly.tpl}, {@code reminder.tpl}, {@code firm.tpl}, {@code final.tpl}) with a {@code subject}
 * and a {@code body} section. Stateless: safe to share between threads.
 */
public final class TemplateLetterRenderer implements LetterRenderer, AgreementRenderer, OfferRenderer {

    private final TemplateSource templates;
    private final TemplateAgreementRenderer agreements;
    private final TemplateOfferRenderer offers;

    /** @param overrideDirectory folder with {@code <language>/<file>.tpl} files that replace the bundled ones */
    public TemplateLetterRenderer(Optional<Path> overrideDirectory) {
        this.templates = new TemplateSource(overrideDirectory);
        this.agreements = new TemplateAgreementRenderer(templates);
        this.offers = new TemplateOfferRenderer(templates);
    }

    /** A payment-plan agreement, from {@code agreement.tpl} of the debtor's language. */
    @Override
    public RenderedAgreement render(AgreementRequest request) {
        return agreements.render(request);
    }

    /** An early-payment discount offer, from {@code offer.tpl} of the debtor's language (English when there is none). */
    @Override
    public RenderedMessage render(OfferRequest request) {
        return offers.render(request);
    }

    @Override
    public RenderedLetter render(LetterRequest request) {
        Locale locale = request.locale();
        String language = LetterLanguages.folder(locale);
        boolean rtl = LetterLanguages.isRightToLeft(locale);
        LocaleFormats formats = new LocaleFormats(locale);

        TemplateFile common = templates.load(language, "common.tpl");
        TemplateFile letter = templates.load(language, fileFor(request.tone()));
        Map<String, Object> values = LetterValues.of(request, common, formats);

        String subject = letter.section("subject").render(values, Template.Escaping.NONE).strip();
        String text = tidy(letter.section("body").render(values, Template.Escaping.NONE));
        String html = HtmlLetter.of(request.languageTag(), rtl, subject,
                tidy(letter.section("body").render(values, Template.Escaping.HTML)));

        Optional<String> qr = epcPayload(request);
        String caption = common.section("qr.caption").render(values, Template.Escaping.NONE);
        byte[] pdf = PdfLetterWriter.write(PdfLetterWriter.Content.notice(request, rtl, subject, text, qr, caption,
                formats.date(request.letterDate())));
        byte[] ubl = UblReminderWriter.write(request);
        return new RenderedLetter(subject, text, html, pdf, ubl);
    }

    /** An empty optional paragraph (e.g. no behaviour note) leaves no gap of several blank lines. */
    static String tidy(String body) {
        return body.replaceAll("\n[ \t]*(\n[ \t]*)+\n", "\n\n").strip() + "\n";
    }

    static String fileFor(Tone tone) {
        return switch (tone) {
            case FRIENDLY -> "friendly.tpl";
            case NEUTRAL -> "reminder.tpl";
            case FIRM -> "firm.tpl";
            case FINAL -> "final.tpl";
        };
    }

    /** An EPC QR code only for euro transfers, which is what the standard covers. */
    static Optional<String> epcPayload(LetterRequest request) {
        if (!"EUR".equals(request.currency().getCurrencyCode())) {
            return Optional.empty();
        }
        // EPC allows 70 characters; the bank pays by IBAN, the name only helps the payer recognise the payee
        String name = request.creditor().name();
        return Optional.of(EpcQrPayload.withReference(request.creditor().bic().orElse(null),
                name.length() > 70 ? name.substring(0, 70) : name, request.creditor().iban(),
                request.totalDue().amount(), request.paymentReference()).encode());
    }
}
