package io.arrears.routes.support.xml;

import io.arrears.api.intake.IntakeParseException;
import java.io.FilterInputStream;
import java.io.InputStream;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The one way Arrears routes open XML: a StAX reader that cannot be turned against the host.
 * Copied into each route bundle with bnd {@code -conditionalpackage} (only arrears-api exports).
 * DTDs are unsupported (no internal entities, so no billion-laughs expansion), external entities
 * and external DTD/schema access are off, and any resolver call fails. StAX has no XInclude.
 * A document that still carries a DOCTYPE is refused by the parsers ({@link #rejectDoctype}).
 */
public final class SecureXml {

    private SecureXml() {
    }

    public static XMLInputFactory factory() {
        // the JDK's own StAX parser, whatever else is on the class path (Woodstox rejects the JAXP
        // access properties below, and a service-loaded factory could ignore the hardening)
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        f.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("external resource '" + systemId + "' refused");
        });
        return f;
    }

    /** Opens a reader; the JDK reader closes its stream at the end, so the caller's stream is shielded. */
    public static XMLStreamReader open(InputStream in, String sourceName) {
        try {
            return factory().createXMLStreamReader(new FilterInputStream(in) {
                @Override
                public void close() {
                    // the caller owns the stream (and may still need to hash its tail)
                }
            });
        } catch (XMLStreamException e) {
            throw new IntakeParseException(sourceName, 0, null, "not readable as XML: " + e.getMessage(), e);
        }
    }

    /** Called on a DTD event: a business document never needs one, and a DOCTYPE is how XXE and entity bombs arrive. */
    public static IntakeParseException rejectDoctype(String sourceName, XMLStreamReader reader) {
        return new IntakeParseException(sourceName, reader.getLocation().getLineNumber(), "DOCTYPE",
                "DOCTYPE declarations are not allowed (entity expansion and external entities are refused)");
    }
}
