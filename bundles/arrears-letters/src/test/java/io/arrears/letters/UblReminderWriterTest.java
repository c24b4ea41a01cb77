package io.arrears.letters;

import static org.assertj.core.api.Assertions.assertThat;

import io.arrears.api.letter.Tone;
import io.arrears.api.profile.BehaviourType;
import java.io.ByteArrayInputStream;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.namespace.NamespaceContext;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

class UblReminderWriterTest {

    private static final Map<String, String> NS = Map.of(
            "r", UblReminderWriter.NS, "cac", UblReminderWriter.CAC, "cbc", UblReminderWriter.CBC);

    @Test
    void reminderParsesBackWithTheNoticeValues() throws Exception {
        byte[] xml = UblReminderWriter.write(LetterFixtures.request("de", "EUR", Tone.FIRM, BehaviourType.UNKNOWN));
        Document doc = parseHardened(xml);
        XPath x = xpath();

        assertThat(doc.getDocumentElement().getNamespaceURI()).isEqualTo(UblReminderWriter.NS);
        assertThat(doc.getDocumentElement().getLocalName()).isEqualTo("Reminder");
        assertThat(x.evaluate("/r:Reminder/cbc:ID", doc)).isEqualTo("N-2025-0001");
        assertThat(x.evaluate("/r:Reminder/cbc:IssueDate", doc)).isEqualTo("2025-03-03");
        assertThat(x.evaluate("/r:Reminder/cbc:ReminderTypeCode", doc)).isEqualTo("Reminder");
        assertThat(x.evaluate("/r:Reminder/cbc:ReminderSequenceNumeric", doc)).isEqualTo("2");
        assertThat(x.evaluate("/r:Reminder/cac:AccountingSupplierParty/cac:Party/cac:PartyName/cbc:Name", doc))
                .isEqualTo("Müller & Söhne GmbH");
        assertThat(x.evaluate("/r:Reminder/cac:AccountingCustomerParty/cac:Party/cac:PostalAddress/cac:Country/cbc:IdentificationCode", doc))
                .isEqualTo("DE");
        assertThat(x.evaluate("/r:Reminder/cac:PaymentMeans/cbc:PaymentID", doc)).isEqualTo("RF18539007547034");
        assertThat(x.evaluate("/r:Reminder/cac:PaymentMeans/cac:PayeeFinancialAccount/cbc:ID", doc)).isEqualTo("DE89370400440532013000");
        assertThat(x.evaluate("/r:Reminder/cac:LegalMonetaryTotal/cbc:PayableAmount", doc)).isEqualTo("1586.90");
        assertThat(x.evaluate("/r:Reminder/cac:LegalMonetaryTotal/cbc:PayableAmount/@currencyID", doc)).isEqualTo("EUR");

        NodeList lines = (NodeList) x.evaluate("/r:Reminder/cac:ReminderLine", doc, XPathConstants.NODESET);
        assertThat(lines.getLength()).isEqualTo(4);
        assertThat(x.evaluate("/r:Reminder/cac:ReminderLine[1]/cbc:DebitLineAmount", doc)).isEqualTo("1234.56");
        assertThat(x.evaluate("/r:Reminder/cac:ReminderLine[1]/cac:BillingReference/cac:InvoiceDocumentReference/cbc:ID", doc))
                .isEqualTo("INV-2025-0042");
        assertThat(x.evaluate("/r:Reminder/cac:ReminderLine[2]/cbc:DebitLineAmount", doc)).isEqualTo("300.00");
        assertThat(x.evaluate("/r:Reminder/cac:ReminderLine[3]/cbc:PenaltySurchargePercent", doc)).isEqualTo("11.27");
        assertThat(x.evaluate("/r:Reminder/cac:ReminderLine[3]/cbc:DebitLineAmount", doc)).isEqualTo("12.34");
        assertThat(x.evaluate("/r:Reminder/cac:ReminderLine[4]/cbc:DebitLineAmount", doc)).isEqualTo("40.00");
        assertThat(x.evaluate("/r:Reminder/cac:ReminderLine[4]/cbc:DebitLineAmount/@currencyID", doc)).isEqualTo("EUR");
        // the residual, never the original invoice amount
        assertThat(new String(xml, java.nio.charset.StandardCharsets.UTF_8)).doesNotContain("2000.00");
    }

    @Test
    void finalNoticeIsMarked() throws Exception {
        Document doc = parseHardened(UblReminderWriter.write(LetterFixtures.request("en", "GBP", Tone.FINAL, BehaviourType.UNKNOWN)));

        assertThat(xpath().evaluate("/r:Reminder/cbc:ReminderTypeCode", doc)).isEqualTo("FinalReminder");
        assertThat(xpath().evaluate("/r:Reminder/cac:PaymentMeans/cbc:PaymentMeansCode", doc)).isEqualTo("30");
    }

    private static Document parseHardened(byte[] xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setXIncludeAware(false);
        f.setExpandEntityReferences(false);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    private static XPath xpath() {
        XPath x = XPathFactory.newInstance().newXPath();
        x.setNamespaceContext(new NamespaceContext() {
            @Override
            public String getNamespaceURI(String prefix) {
                return NS.getOrDefault(prefix, XMLConstants.NULL_NS_URI);
            }

            @Override
            public String getPrefix(String uri) {
                return null;
            }

            @Override
            public java.util.Iterator<String> getPrefixes(String uri) {
                return java.util.Collections.emptyIterator();
            }
        });
        return x;
    }
}
