package io.arrears.api.letter;

/** Turns a payment-plan agreement into its e-mail texts and PDF letter, in the debtor's language. */
public interface AgreementRenderer {

    /** @throws LetterRenderingException when a template is missing or broken */
    RenderedAgreement render(AgreementRequest request);
}
