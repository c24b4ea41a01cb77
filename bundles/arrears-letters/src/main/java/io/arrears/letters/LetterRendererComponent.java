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
import java.nio.file.Path;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** The {@link LetterRenderer}, {@link AgreementRenderer} and {@link OfferRenderer} service; configuration PID {@code io.arrears.letters}. */
@Component(configurationPid = "io.arrears.letters", service = {LetterRenderer.class, AgreementRenderer.class, OfferRenderer.class})
@Designate(ocd = LetterRendererComponent.Config.class)
public final class LetterRendererComponent implements LetterRenderer, AgreementRenderer, OfferRenderer {

    @ObjectClassDefinition(name = "Arrears letters", description = "Dunning letters, payment-plan agreements and discount offers in the debtor's language.")
    public @interface Config {
        @AttributeDefinition(name = "Template directory",
                description = "Folder with <language>/<file>.tpl files (e.g. de/firm.tpl) that replace the bundled "
                        + "templates of the same name, and <language>/confirmation.json with the call confirmation texts of that "
                        + "language; edits apply to the next letter or call. Empty: bundled templates only.")
        String templateDirectory() default "";
    }

    private volatile TemplateLetterRenderer delegate;

    @Activate
    @Modified
    void configure(Config config) {
        String dir = config.templateDirectory().strip();
        delegate = new TemplateLetterRenderer(dir.isEmpty() ? Optional.empty() : Optional.of(Path.of(dir)));
    }

    @Override
    public RenderedLetter render(LetterRequest request) {
        return delegate.render(request);
    }

    @Override
    public RenderedAgreement render(AgreementRequest request) {
        return delegate.render(request);
    }

    @Override
    public RenderedMessage render(OfferRequest request) {
        return delegate.render(request);
    }
}
