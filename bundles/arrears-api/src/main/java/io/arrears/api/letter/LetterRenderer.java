package io.arrears.api.letter;

/** Turns a notice into its subject, bodies, PDF and UBL Reminder, in the debtor's language. */
public interface LetterRenderer {

    /**
     * @throws LetterRenderingException when a template is missing or broken, or the payment data cannot be
     *                                  printed (e.g. an invalid IBAN)
     */
    RenderedLetter render(LetterRequest request);
}
