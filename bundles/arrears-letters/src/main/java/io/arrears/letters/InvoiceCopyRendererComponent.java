package io.arrears.letters;

import io.arrears.api.document.InvoiceCopy;
import io.arrears.api.document.InvoiceCopyRenderer;
import io.arrears.api.letter.LetterRenderingException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;

/**
 * The {@link InvoiceCopyRenderer} service: template {@code invoicecopy.tpl} of the debtor's language (English when
 * there is none), overridable like the letters; configuration PID {@code io.arrears.letters} (described by the letter
 * renderer's metatype).
 */
@Component(configurationPid = "io.arrears.letters", service = InvoiceCopyRenderer.class)
public final class InvoiceCopyRendererComponent implements InvoiceCopyRenderer {

    static final String FILE = "invoicecopy.tpl";
    private static final String FALLBACK_LANGUAGE = "en";

    private volatile TemplateSource templates = new TemplateSource(Optional.empty());

    @Activate
    @Modified
    void configure(LetterRendererComponent.Config config) {
        String dir = config.templateDirectory().strip();
        templates = new TemplateSource(dir.isEmpty() ? Optional.empty() : Optional.of(Path.of(dir)));
    }

    @Override
    public byte[] pdf(InvoiceCopy copy) {
        Locale locale = Locale.forLanguageTag(copy.languageTag());
        String language = LetterLanguages.folder(locale);
        TemplateFile template;
        try {
            template = templates.load(language, FILE);
        } catch (LetterRenderingException e) {
            // a debtor language without letters: the agency still gets a readable copy
            template = templates.load(FALLBACK_LANGUAGE, FILE);
            language = FALLBACK_LANGUAGE;
            locale = Locale.ENGLISH;
        }
        LocaleFormats formats = new LocaleFormats(locale);
        Map<String, Object> values = new HashMap<>();
        values.put("creditorName", copy.creditorName());
        values.put("debtorName", copy.debtorName());
        values.put("customerId", copy.customerId());
        values.put("documentNumber", copy.documentNumber());
        values.put("kind", copy.kind());
        values.put("issueDate", formats.date(copy.issueDate()));
        values.put("dueDate", formats.date(copy.dueDate()));
        values.put("amount", formats.money(copy.amount()));
        values.put("outstanding", formats.money(copy.outstanding()));
        values.put("asOf", formats.date(copy.asOf()));
        values.put("paymentReference", copy.paymentReference().map(r -> List.of(Map.<String, Object>of("value", r))).orElse(List.of()));
        String title = template.section("title").render(values, Template.Escaping.NONE).strip();
        List<String> lines = template.section("body").render(values, Template.Escaping.NONE).strip().lines()
                .filter(l -> !l.isBlank()).toList();
        List<String> notice = template.section("notice").render(values, Template.Escaping.NONE).strip().lines()
                .filter(l -> !l.isBlank()).toList();
        return InvoiceCopyPdf.write(new InvoiceCopyPdf.Content(locale.toLanguageTag(), LetterLanguages.isRightToLeft(locale), title,
                lines, notice, copy.creditorName(), copy.asOf()));
    }
}
