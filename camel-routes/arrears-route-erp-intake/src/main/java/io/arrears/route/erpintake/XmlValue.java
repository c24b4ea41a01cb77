package io.arrears.route.erpintake;

import java.util.Map;

/** Text of one element with its attributes (by local name) and the line it ended on. */
record XmlValue(String path, String text, Map<String, String> attributes, int line) {

    String attribute(String localName) {
        return attributes.get(localName);
    }
}
