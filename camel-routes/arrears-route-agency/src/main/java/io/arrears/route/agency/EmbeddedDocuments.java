package io.arrears.route.agency;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;

/**
 * For file transports: the documents a message carries base64-encoded ({@code documents[].contentBase64}) become files
 * of their own, {@code <key>-<fileName>}, and the message names them ({@code documents[].file}) instead of holding
 * them. HTTPS sends the message as it is, documents embedded.
 */
final class EmbeddedDocuments {

    static final String CONTENT = "contentBase64";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9._-]{0,120}");

    record DocumentFile(String name, byte[] content) {
    }

    /** The message without the documents' bytes, and the files to write before it. */
    record Split(String message, List<DocumentFile> files) {
    }

    private EmbeddedDocuments() {
    }

    static Split split(String key, String body) {
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (IOException e) {
            return new Split(body, List.of()); // not JSON: delivered as it is
        }
        if (!(root instanceof ObjectNode) || !root.path("documents").isArray()) {
            return new Split(body, List.of());
        }
        List<DocumentFile> files = new ArrayList<>();
        for (JsonNode document : root.path("documents")) {
            if (!(document instanceof ObjectNode node) || !node.path(CONTENT).isTextual()) {
                continue;
            }
            String fileName = node.path("fileName").asText("");
            if (!SAFE_NAME.matcher(fileName).matches()) {
                throw new IllegalArgumentException("message " + key + ": document file name '" + fileName + "' is not a plain file name");
            }
            String name = key + "-" + fileName;
            files.add(new DocumentFile(name, Base64.getDecoder().decode(node.path(CONTENT).asText())));
            node.remove(CONTENT);
            node.put("file", name);
        }
        return files.isEmpty() ? new Split(body, List.of()) : new Split(root.toString(), List.copyOf(files));
    }
}
