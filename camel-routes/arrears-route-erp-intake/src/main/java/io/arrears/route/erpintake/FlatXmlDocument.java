package io.arrears.route.erpintake;

import io.arrears.routes.support.xml.SecureXml;
import io.arrears.api.intake.IntakeParseException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.ArrayList;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Streams an XML document once and keeps only the elements asked for, addressed by their path of
 * local names below the root ("AccountingCustomerParty/Party/PartyName/Name"). Memory stays small
 * however many lines the document has.
 */
final class FlatXmlDocument {

    private final String rootName;
    private final String rootNamespace;
    private final Map<String, List<XmlValue>> values;
    private final String sourceName;

    private FlatXmlDocument(String rootName, String rootNamespace, Map<String, List<XmlValue>> values, String sourceName) {
        this.rootName = rootName;
        this.rootNamespace = rootNamespace;
        this.values = values;
        this.sourceName = sourceName;
    }

    static FlatXmlDocument read(InputStream in, String sourceName, Set<String> wantedPaths) {
        XMLStreamReader r = SecureXml.open(in, sourceName);
        Deque<String> path = new ArrayDeque<>();
        Deque<Map<String, String>> attrs = new ArrayDeque<>();
        Map<String, List<XmlValue>> values = new HashMap<>();
        StringBuilder text = new StringBuilder();
        String rootName = null;
        String rootNs = null;
        try {
            while (r.hasNext()) {
                int event = r.next();
                switch (event) {
                    case XMLStreamConstants.DTD -> throw SecureXml.rejectDoctype(sourceName, r);
                    case XMLStreamConstants.ENTITY_REFERENCE -> throw new IntakeParseException(sourceName,
                            r.getLocation().getLineNumber(), joined(path), "entity reference &" + r.getLocalName() + "; is not allowed");
                    case XMLStreamConstants.START_ELEMENT -> {
                        if (rootName == null) {
                            rootName = r.getLocalName();
                            rootNs = r.getNamespaceURI();
                        } else {
                            path.addLast(r.getLocalName());
                        }
                        Map<String, String> a = new LinkedHashMap<>();
                        for (int i = 0; i < r.getAttributeCount(); i++) {
                            a.put(r.getAttributeLocalName(i), r.getAttributeValue(i));
                        }
                        attrs.push(a);
                        text.setLength(0);
                    }
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> text.append(r.getText());
                    case XMLStreamConstants.END_ELEMENT -> {
                        Map<String, String> a = attrs.pop();
                        String p = joined(path);
                        if (wantedPaths.contains(p)) {
                            values.computeIfAbsent(p, k -> new ArrayList<>())
                                    .add(new XmlValue(p, text.toString().strip(), a, r.getLocation().getLineNumber()));
                        }
                        if (!path.isEmpty()) {
                            path.removeLast();
                        }
                        text.setLength(0);
                    }
                    default -> {
                        // comments and processing instructions carry no data
                    }
                }
            }
        } catch (XMLStreamException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNumber();
            throw new IntakeParseException(sourceName, line, joined(path), "malformed XML: " + e.getMessage(), e);
        } finally {
            try {
                r.close();
            } catch (XMLStreamException ignored) {
                // closing a reader over a stream the caller owns cannot lose data
            }
        }
        if (rootName == null) {
            throw new IntakeParseException(sourceName, 0, null, "empty document");
        }
        return new FlatXmlDocument(rootName, rootNs, values, sourceName);
    }

    private static String joined(Deque<String> path) {
        return String.join("/", path);
    }

    String rootName() {
        return rootName;
    }

    String rootNamespace() {
        return rootNamespace;
    }

    String sourceName() {
        return sourceName;
    }

    List<XmlValue> all(String path) {
        return values.getOrDefault(path, List.of());
    }

    /** The first non-blank value at {@code path}, or null. */
    XmlValue first(String path) {
        for (XmlValue v : all(path)) {
            if (!v.text().isEmpty()) {
                return v;
            }
        }
        return null;
    }

    String text(String path) {
        XmlValue v = first(path);
        return v == null ? null : v.text();
    }

    /** The first non-blank text among several paths, in order of preference. */
    String firstText(String... paths) {
        for (String p : paths) {
            String t = text(p);
            if (t != null) {
                return t;
            }
        }
        return null;
    }

    XmlValue required(String path) {
        XmlValue v = first(path);
        if (v == null) {
            throw new IntakeParseException(sourceName, 0, rootName + "/" + path, "required element is missing or empty");
        }
        return v;
    }
}
