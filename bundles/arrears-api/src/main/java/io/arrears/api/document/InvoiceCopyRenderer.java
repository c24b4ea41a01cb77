package io.arrears.api.document;

/** Renders an invoice copy as a PDF in the debtor's language (service of arrears-letters). */
public interface InvoiceCopyRenderer {

    /** @throws io.arrears.api.letter.LetterRenderingException when the language's template is missing or broken */
    byte[] pdf(InvoiceCopy copy);
}
