package io.arrears.api.letter;

/** Turns a limited-time early-payment discount offer into its e-mail texts, in the debtor's language. */
public interface OfferRenderer {

    /** @throws LetterRenderingException when a template is missing or broken */
    RenderedMessage render(OfferRequest request);
}
