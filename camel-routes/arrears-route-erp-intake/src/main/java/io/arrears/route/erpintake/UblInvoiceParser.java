package io.arrears.route.erpintake;

import io.arrears.routes.support.xml.SecureXml;
import io.arrears.api.intake.DocumentKind;
import io.arrears.api.intake.IntakeParseException;
import io.arrears.api.intake.InvoiceRecord;
import io.arrears.api.money.Money;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.DigestInputStream;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Set;

/**
 * Reads an OASIS UBL 2.1 {@code Invoice} or {@code CreditNote}, including Peppol BIS Billing 3.0 and
 * Turkish UBL-TR e-Fatura / e-Arsiv, into an {@link InvoiceRecord}.
 *
 * <ul>
 *   <li>number {@code cbc:ID}; source id {@code cbc:UUID} (UBL-TR ETTN) when present, else the number</li>
 *   <li>kind: CreditNote root, or InvoiceTypeCode 381 or UBL-TR {@code IADE} = credit note, else invoice</li>
 *   <li>due date: {@code cbc:DueDate}, else {@code cac:PaymentMeans/cbc:PaymentDueDate}, else
 *       {@code cac:PaymentTerms/cbc:PaymentDueDate}</li>
 *   <li>amount {@code cac:LegalMonetaryTotal/cbc:PayableAmount@currencyID}</li>
 *   <li>buyer {@code cac:AccountingCustomerParty}: ERP id from {@code cbc:CustomerAssignedAccountID}, else a
 *       {@code PartyIdentification/ID} with UBL-TR scheme MUSTERINO, else one that is not a tax or
 *       registry id, else {@code EndpointID}; tax id from
 *       {@code PartyTaxScheme/CompanyID} or a {@code PartyIdentification/ID@schemeID} VKN/TCKN</li>
 *   <li>credit note reference {@code cac:BillingReference/cac:InvoiceDocumentReference/cbc:ID}</li>
 *   <li>payment reference {@code cac:PaymentMeans/cbc:PaymentID}</li>
 * </ul>
 * The content hash is SHA-256 over the document bytes. Parsing is streaming StAX via {@link SecureXml}.
 */
public final class UblInvoiceParser {

    static final String NS_INVOICE = "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2";
    static final String NS_CREDIT_NOTE = "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2";

    private static final String BUYER = "AccountingCustomerParty/";
    private static final String PARTY = BUYER + "Party/";
    private static final Set<String> TAX_ID_SCHEMES = Set.of("VKN", "TCKN");
    /** UBL-TR registry numbers: identify the company, but are not the ERP's customer number. */
    private static final Set<String> REGISTRY_SCHEMES = Set.of("MERSISNO", "TICARETSICILNO");

    private static final Set<String> PATHS = Set.of(
            "ID", "UUID", "IssueDate", "DueDate", "InvoiceTypeCode", "CreditNoteTypeCode", "DocumentCurrencyCode",
            "CustomizationID", "ProfileID",
            "BillingReference/InvoiceDocumentReference/ID",
            BUYER + "CustomerAssignedAccountID",
            PARTY + "EndpointID",
            PARTY + "PartyIdentification/ID",
            PARTY + "PartyName/Name",
            PARTY + "PartyLegalEntity/RegistrationName",
            PARTY + "PartyLegalEntity/CompanyID",
            PARTY + "PartyTaxScheme/CompanyID",
            PARTY + "Person/FirstName",
            PARTY + "Person/FamilyName",
            PARTY + "PostalAddress/Country/IdentificationCode",
            PARTY + "Contact/ElectronicMail",
            "PaymentMeans/PaymentDueDate",
            "PaymentMeans/PaymentID",
            "PaymentTerms/PaymentDueDate",
            "LegalMonetaryTotal/PayableAmount");

    /**
     * @param in         the document; read to its end, not closed
     * @param sourceName file or message name, used in error reports
     * @throws IntakeParseException when the document is not UBL, is unsafe XML, or misses a required field
     */
    public InvoiceRecord parse(InputStream in, String sourceName) {
        DigestInputStream hashing = ContentHash.hashing(in);
        FlatXmlDocument doc = FlatXmlDocument.read(hashing, sourceName, PATHS);
        String hash;
        try {
            hash = ContentHash.finish(hashing);
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + sourceName, e);
        }
        return toRecord(doc, hash);
    }

    private InvoiceRecord toRecord(FlatXmlDocument doc, String hash) {
        boolean creditNoteRoot = isRoot(doc, "CreditNote", NS_CREDIT_NOTE);
        if (!creditNoteRoot && !isRoot(doc, "Invoice", NS_INVOICE)) {
            throw new IntakeParseException(doc.sourceName(), 0, doc.rootName(), "root element {" + doc.rootNamespace() + "}"
                    + doc.rootName() + " is not a UBL 2.1 Invoice or CreditNote");
        }
        String number = doc.required("ID").text();
        String typeCode = doc.firstText("InvoiceTypeCode", "CreditNoteTypeCode");
        DocumentKind kind = creditNoteRoot || "381".equals(typeCode) || "IADE".equalsIgnoreCase(typeCode)
                ? DocumentKind.CREDIT_NOTE : DocumentKind.INVOICE;

        LocalDate issue = XmlFields.date(doc, doc.required("IssueDate"));
        XmlValue dueValue = doc.first("DueDate");
        if (dueValue == null) {
            dueValue = doc.first("PaymentMeans/PaymentDueDate");
        }
        if (dueValue == null) {
            dueValue = doc.first("PaymentTerms/PaymentDueDate");
        }
        LocalDate due = XmlFields.date(doc, dueValue);

        Money payable = payable(doc);
        if (payable.isNegative()) {
            throw new IntakeParseException(doc.sourceName(), doc.first("LegalMonetaryTotal/PayableAmount").line(),
                    "LegalMonetaryTotal/PayableAmount", "negative payable amount " + payable
                    + ": a credit must arrive as a CreditNote (or type 381) with a positive amount");
        }

        String customerName = customerName(doc);
        String sourceId = doc.text("UUID") != null ? doc.text("UUID") : number;
        return new InvoiceRecord(sourceId, number, kind, customerErpId(doc), customerName, taxId(doc),
                doc.text(PARTY + "PostalAddress/Country/IdentificationCode"), doc.text(PARTY + "Contact/ElectronicMail"),
                issue, due, payable, doc.text("BillingReference/InvoiceDocumentReference/ID"),
                doc.text("PaymentMeans/PaymentID"), hash);
    }

    private static boolean isRoot(FlatXmlDocument doc, String name, String ns) {
        return name.equals(doc.rootName()) && ns.equals(doc.rootNamespace());
    }

    private static Money payable(FlatXmlDocument doc) {
        XmlValue v = doc.required("LegalMonetaryTotal/PayableAmount");
        String code = v.attribute("currencyID");
        String documentCurrency = doc.text("DocumentCurrencyCode");
        if (code == null || code.isBlank()) {
            throw new IntakeParseException(doc.sourceName(), v.line(), v.path(), "PayableAmount has no currencyID attribute");
        }
        if (documentCurrency != null && !documentCurrency.strip().equals(code.strip())) {
            throw new IntakeParseException(doc.sourceName(), v.line(), v.path(), "PayableAmount currency " + code
                    + " differs from DocumentCurrencyCode " + documentCurrency);
        }
        Currency currency = XmlFields.currency(doc, v, code);
        return XmlFields.money(doc, v, currency);
    }

    private static String customerName(FlatXmlDocument doc) {
        String name = doc.firstText(PARTY + "PartyName/Name", PARTY + "PartyLegalEntity/RegistrationName");
        if (name != null) {
            return name;
        }
        // UBL-TR e-Arsiv to a private person: the name is in cac:Person
        String first = doc.text(PARTY + "Person/FirstName");
        String family = doc.text(PARTY + "Person/FamilyName");
        if (first != null || family != null) {
            return ((first == null ? "" : first) + " " + (family == null ? "" : family)).strip();
        }
        throw new IntakeParseException(doc.sourceName(), 0, doc.rootName() + "/" + PARTY + "PartyName/Name",
                "the buyer has no name (PartyName, PartyLegalEntity/RegistrationName or Person)");
    }

    private static String customerErpId(FlatXmlDocument doc) {
        String assigned = doc.text(BUYER + "CustomerAssignedAccountID");
        if (assigned != null) {
            return assigned;
        }
        for (XmlValue id : doc.all(PARTY + "PartyIdentification/ID")) {
            if (!id.text().isEmpty() && "MUSTERINO".equals(id.attribute("schemeID"))) {
                return id.text();
            }
        }
        for (XmlValue id : doc.all(PARTY + "PartyIdentification/ID")) {
            String scheme = String.valueOf(id.attribute("schemeID"));
            if (!id.text().isEmpty() && !TAX_ID_SCHEMES.contains(scheme) && !REGISTRY_SCHEMES.contains(scheme)) {
                return id.text();
            }
        }
        return doc.text(PARTY + "EndpointID");
    }

    private static String taxId(FlatXmlDocument doc) {
        for (XmlValue id : doc.all(PARTY + "PartyIdentification/ID")) {
            if (!id.text().isEmpty() && TAX_ID_SCHEMES.contains(String.valueOf(id.attribute("schemeID")))) {
                return id.text();
            }
        }
        return doc.firstText(PARTY + "PartyTaxScheme/CompanyID", PARTY + "PartyLegalEntity/CompanyID");
    }
}
