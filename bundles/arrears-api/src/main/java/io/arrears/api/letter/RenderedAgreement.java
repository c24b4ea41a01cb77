package io.arrears.api.letter;

import io.arrears.api.check.Checks;

/** A plan agreement as e-mail subject, plain-text and HTML bodies and a printable PDF. The PDF is copied in and out. */
public record RenderedAgreement(String subject, String textBody, String htmlBody, byte[] pdf) {

    public RenderedAgreement {
        Checks.text(subject, "RenderedAgreement", "subject");
        Checks.text(textBody, "RenderedAgreement", "textBody");
        Checks.text(htmlBody, "RenderedAgreement", "htmlBody");
        pdf = Checks.present(pdf, "RenderedAgreement", "pdf").clone();
    }

    @Override
    public byte[] pdf() {
        return pdf.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RenderedAgreement a && subject.equals(a.subject) && textBody.equals(a.textBody)
                && htmlBody.equals(a.htmlBody) && java.util.Arrays.equals(pdf, a.pdf);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(subject, textBody, htmlBody, java.util.Arrays.hashCode(pdf));
    }

    @Override
    public String toString() {
        return "RenderedAgreement[" + subject + ", " + pdf.length + " PDF bytes]";
    }
}
