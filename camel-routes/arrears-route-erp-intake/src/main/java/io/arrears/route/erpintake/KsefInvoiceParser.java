package io.arrears.route.erpintake;

import io.arrears.api.intake.DocumentKind;
import io.arrears.api.intake.IntakeParseException;
import io.arrears.api.intake.InvoiceRecord;
import io.arrears.api.money.Money;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.DigestInputStream;
import java.util.Currency;
import java.util.Set;

/**
 * Reads a Polish KSeF structured invoice FA(3) (root {@code Faktura}) into an {@link InvoiceRecord}.
 *
 * <p>Namespace of FA(3): {@code http://crd.gov.pl/wzor/2025/06/25/13775/} (Ministry of Finance schema
 * "schemat-FA(3)-v1-0E.xsd", as published in the CIRFMF ksef-docs repository); FA(2)
 * ({@code http://crd.gov.pl/wzor/2023/06/29/12648/}) has the same fields used here and is accepted too.
 *
 * <ul>
 *   <li>number {@code Fa/P_2}, issue date {@code Fa/P_1}, currency {@code Fa/KodWaluty}, gross total {@code Fa/P_15}</li>
 *   <li>due date: the first {@code Fa/Platnosc/TerminPlatnosci/Termin}</li>
 *   <li>buyer {@code Podmiot2}: {@code DaneIdentyfikacyjne/NIP} (else {@code KodUE}+{@code NrVatUE}),
 *       {@code DaneIdentyfikacyjne/Nazwa}, {@code Adres/KodKraju}, {@code DaneKontaktowe/Email},
 *       ERP id {@code NrKlienta}</li>
 *   <li>kind {@code Fa/RodzajFaktury}: KOR, KOR_ZAL, KOR_ROZ are corrections: a negative P_15 is a credit
 *       note, a positive one an additional invoice; both reference {@code DaneFaKorygowanej/NrFaKorygowanej}</li>
 * </ul>
 */
public final class KsefInvoiceParser {

    static final String NS_FA3 = "http://crd.gov.pl/wzor/2025/06/25/13775/";
    static final String NS_FA2 = "http://crd.gov.pl/wzor/2023/06/29/12648/";
    private static final Set<String> CORRECTIONS = Set.of("KOR", "KOR_ZAL", "KOR_ROZ");

    private static final Set<String> PATHS = Set.of(
            "Fa/KodWaluty", "Fa/P_1", "Fa/P_2", "Fa/P_15", "Fa/RodzajFaktury",
            "Fa/DaneFaKorygowanej/NrFaKorygowanej",
            "Fa/Platnosc/TerminPlatnosci/Termin",
            "Podmiot2/NrKlienta",
            "Podmiot2/DaneIdentyfikacyjne/NIP",
            "Podmiot2/DaneIdentyfikacyjne/KodUE",
            "Podmiot2/DaneIdentyfikacyjne/NrVatUE",
            "Podmiot2/DaneIdentyfikacyjne/Nazwa",
            "Podmiot2/Adres/KodKraju",
            "Podmiot2/DaneKontaktowe/Email");

    /**
     * @param in         the FA document; read to its end, not closed
     * @param sourceName file name (or KSeF number) for error reports
     * @throws IntakeParseException when the document is not FA(3)/FA(2), unsafe, or misses a required field
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
        if (!"Faktura".equals(doc.rootName()) || !(NS_FA3.equals(doc.rootNamespace()) || NS_FA2.equals(doc.rootNamespace()))) {
            throw new IntakeParseException(sourceName, 0, doc.rootName(), "root element {" + doc.rootNamespace() + "}"
                    + doc.rootName() + " is not a KSeF Faktura FA(3) or FA(2)");
        }
        String number = doc.required("Fa/P_2").text();
        XmlValue currencyValue = doc.required("Fa/KodWaluty");
        Currency currency = XmlFields.currency(doc, currencyValue, currencyValue.text());
        Money total = XmlFields.money(doc, doc.required("Fa/P_15"), currency);
        String type = doc.text("Fa/RodzajFaktury");
        boolean correction = type != null && CORRECTIONS.contains(type);
        if (total.isNegative() && !correction) {
            throw new IntakeParseException(sourceName, doc.first("Fa/P_15").line(), "Fa/P_15",
                    "negative total " + total + " on invoice type " + type + " (only corrections may be negative)");
        }
        DocumentKind kind = correction && total.isNegative() ? DocumentKind.CREDIT_NOTE : DocumentKind.INVOICE;
        String name = doc.required("Podmiot2/DaneIdentyfikacyjne/Nazwa").text();
        return new InvoiceRecord(number, number, kind, doc.text("Podmiot2/NrKlienta"), name, taxId(doc),
                doc.text("Podmiot2/Adres/KodKraju"), doc.text("Podmiot2/DaneKontaktowe/Email"),
                XmlFields.date(doc, doc.required("Fa/P_1")), XmlFields.date(doc, doc.first("Fa/Platnosc/TerminPlatnosci/Termin")),
                total.isNegative() ? total.negate() : total,
                correction ? doc.text("Fa/DaneFaKorygowanej/NrFaKorygowanej") : null, null, hash);
    }

    private static String taxId(FlatXmlDocument doc) {
        String nip = doc.text("Podmiot2/DaneIdentyfikacyjne/NIP");
        if (nip != null) {
            return nip;
        }
        // an EU buyer: country prefix + VAT number, as on a VIES query
        String vatUe = doc.text("Podmiot2/DaneIdentyfikacyjne/NrVatUE");
        String prefix = doc.text("Podmiot2/DaneIdentyfikacyjne/KodUE");
        if (vatUe == null) {
            return null;
        }
        return prefix == null ? vatUe : prefix + vatUe;
    }
}
