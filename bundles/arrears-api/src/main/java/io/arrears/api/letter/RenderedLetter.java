package io.arrears.api.letter;

import io.arrears.api.check.Checks;
import java.util.Arrays;
import java.util.Objects;

/**
 * One notice in every form a channel needs: e-mail subject, plain-text and HTML bodies, a printable PDF
 * and the UBL 2.1 Reminder for e-invoicing partners. Byte arrays are copied in and out.
 */
public record RenderedLetter(String subject, String textBody, String htmlBody, byte[] pdf, byte[] ublReminderXml) {

    public RenderedLetter {
        Checks.text(subject, "RenderedLetter", "subject");
        Checks.text(textBody, "RenderedLetter", "textBody");
        Checks.text(htmlBody, "RenderedLetter", "htmlBody");
        pdf = Checks.present(pdf, "RenderedLetter", "pdf").clone();
        ublReminderXml = Checks.present(ublReminderXml, "RenderedLetter", "ublReminderXml").clone();
    }

    @Override
    public byte[] pdf() {
        return pdf.clone();
    }

    @Override
    public byte[] ublReminderXml() {
        return ublReminderXml.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RenderedLetter r && subject.equals(r.subject) && textBody.equals(r.textBody)
                && htmlBody.equals(r.htmlBody) && Arrays.equals(pdf, r.pdf) && Arrays.equals(ublReminderXml, r.ublReminderXml);
    }

    @Override
    public int hashCode() {
        return Objects.hash(subject, textBody, htmlBody, Arrays.hashCode(pdf), Arrays.hashCode(ublReminderXml));
    }

    @Override
    public String toString() {
        return "RenderedLetter[subject=" + subject + ", pdf=" + pdf.length + " bytes, ublReminderXml="
                + ublReminderXml.length + " bytes]";
    }
}
