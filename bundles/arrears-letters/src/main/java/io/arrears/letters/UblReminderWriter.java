package io.arrears.letters;

import io.arrears.api.letter.FeeLine;
import io.arrears.api.letter.InterestLine;
import io.arrears.api.letter.LetterItem;
import io.arrears.api.letter.LetterRenderingException;
import io.arrears.api.letter.LetterRequest;
import io.arrears.api.letter.PostalAddress;
import io.arrears.api.letter.Tone;
import io.arrears.api.money.Money;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The notice as an OASIS UBL 2.1 Reminder for e-invoicing partners. Elements follow the order of the
 * UBL-Reminder-2.1 schema: header, supplier and customer parties, payment means, monetary total, then one
 * {@code cac:ReminderLine} per open document (its residual as {@code cbc:DebitLineAmount}), per interest
 * line (with {@code cbc:PenaltySurchargePercent}) and per fee.
 */
final class UblReminderWriter {

    static final String NS = "urn:oasis:names:specification:ubl:schema:xsd:Reminder-2";
    static final String CAC = "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2";
    static final String CBC = "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2";

    /** SEPA credit transfer (UNCL 4461). */
    private static final String PAYMENT_MEANS_SEPA = "58";
    /** Credit transfer, non-SEPA (UNCL 4461). */
    private static final String PAYMENT_MEANS_TRANSFER = "30";

    private UblReminderWriter() {
    }

    static byte[] write(LetterRequest r) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            XMLStreamWriter w = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out, "UTF-8");
            w.writeStartDocument("UTF-8", "1.0");
            w.setDefaultNamespace(NS);
            w.setPrefix("cac", CAC);
            w.setPrefix("cbc", CBC);
            w.writeStartElement(NS, "Reminder");
            w.writeDefaultNamespace(NS);
            w.writeNamespace("cac", CAC);
            w.writeNamespace("cbc", CBC);
            cbc(w, "UBLVersionID", "2.1");
            cbc(w, "ID", r.noticeId());
            cbc(w, "IssueDate", r.letterDate());
            cbc(w, "ReminderTypeCode", reminderType(r.tone()));
            cbc(w, "ReminderSequenceNumeric", Integer.toString(r.level()));
            cbc(w, "DocumentCurrencyCode", r.currency().getCurrencyCode());
            party(w, "AccountingSupplierParty", r.creditor().name(), r.creditor().address(), Optional.empty());
            party(w, "AccountingCustomerParty", r.debtor().name(), r.debtor().address(), r.debtor().contactPerson());
            paymentMeans(w, r);
            w.writeStartElement(CAC, "LegalMonetaryTotal");
            amount(w, "PayableAmount", r.totalDue());
            w.writeEndElement();
            int line = 0;
            for (LetterItem item : r.items()) {
                reminderLine(w, ++line, "Outstanding amount", item.outstanding(), null, item.documentNumber(), item.issueDate());
            }
            for (InterestLine interest : r.interest()) {
                reminderLine(w, ++line, "Late payment interest " + interest.from() + " to " + interest.to(),
                        interest.amount(), interest.ratePercent(), interest.documentNumber(), null);
            }
            for (FeeLine fee : r.fees()) {
                reminderLine(w, ++line, fee.kind().name(), fee.amount(), null, fee.documentNumber().orElse(null), null);
            }
            w.writeEndElement();
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException e) {
            throw new LetterRenderingException("cannot write the UBL Reminder of notice " + r.noticeId() + ": " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    /** A free code in UBL 2.1; the tone tells a partner's system how far the case has gone. */
    private static String reminderType(Tone tone) {
        return tone == Tone.FINAL ? "FinalReminder" : "Reminder";
    }

    private static void party(XMLStreamWriter w, String role, String name, PostalAddress address,
                              Optional<String> contact) throws XMLStreamException {
        w.writeStartElement(CAC, role);
        w.writeStartElement(CAC, "Party");
        w.writeStartElement(CAC, "PartyName");
        cbc(w, "Name", name);
        w.writeEndElement();
        w.writeStartElement(CAC, "PostalAddress");
        for (String line : address.lines()) {
            w.writeStartElement(CAC, "AddressLine");
            cbc(w, "Line", line);
            w.writeEndElement();
        }
        w.writeStartElement(CAC, "Country");
        cbc(w, "IdentificationCode", address.countryCode());
        w.writeEndElement();
        w.writeEndElement();
        w.writeStartElement(CAC, "PartyLegalEntity");
        cbc(w, "RegistrationName", name);
        w.writeEndElement();
        if (contact.isPresent()) {
            w.writeStartElement(CAC, "Contact");
            cbc(w, "Name", contact.get());
            w.writeEndElement();
        }
        w.writeEndElement();
        w.writeEndElement();
    }

    private static void paymentMeans(XMLStreamWriter w, LetterRequest r) throws XMLStreamException {
        String iban = Iban.normalise(r.creditor().iban());
        w.writeStartElement(CAC, "PaymentMeans");
        cbc(w, "PaymentMeansCode", "EUR".equals(r.currency().getCurrencyCode()) ? PAYMENT_MEANS_SEPA : PAYMENT_MEANS_TRANSFER);
        cbc(w, "PaymentDueDate", r.payBy());
        cbc(w, "PaymentID", r.paymentReference());
        w.writeStartElement(CAC, "PayeeFinancialAccount");
        cbc(w, "ID", iban);
        if (r.creditor().bic().isPresent()) {
            w.writeStartElement(CAC, "FinancialInstitutionBranch");
            cbc(w, "ID", r.creditor().bic().get());
            w.writeEndElement();
        }
        w.writeEndElement();
        w.writeEndElement();
    }

    private static void reminderLine(XMLStreamWriter w, int id, String note, Money amount, BigDecimal penaltyPercent,
                                     String documentNumber, LocalDate documentDate) throws XMLStreamException {
        w.writeStartElement(CAC, "ReminderLine");
        cbc(w, "ID", Integer.toString(id));
        cbc(w, "Note", note);
        amount(w, "DebitLineAmount", amount);
        if (penaltyPercent != null) {
            cbc(w, "PenaltySurchargePercent", penaltyPercent.toPlainString());
        }
        if (documentNumber != null) {
            w.writeStartElement(CAC, "BillingReference");
            w.writeStartElement(CAC, "InvoiceDocumentReference");
            cbc(w, "ID", documentNumber);
            if (documentDate != null) {
                cbc(w, "IssueDate", documentDate);
            }
            w.writeEndElement();
            w.writeEndElement();
        }
        w.writeEndElement();
    }

    private static void amount(XMLStreamWriter w, String element, Money money) throws XMLStreamException {
        w.writeStartElement(CBC, element);
        w.writeAttribute("currencyID", money.currencyCode());
        w.writeCharacters(money.amount().toPlainString());
        w.writeEndElement();
    }

    private static void cbc(XMLStreamWriter w, String element, LocalDate date) throws XMLStreamException {
        cbc(w, element, date.toString());
    }

    private static void cbc(XMLStreamWriter w, String element, String text) throws XMLStreamException {
        w.writeStartElement(CBC, element);
        w.writeCharacters(text);
        w.writeEndElement();
    }
}
