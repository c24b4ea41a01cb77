package io.arrears.api.outbox;

import io.arrears.api.check.Checks;
import java.util.Arrays;

/** A file that travels with a message, e.g. the letter as PDF. The bytes are copied in and out. */
public record Attachment(String name, String mediaType, byte[] content) {

    public static final String PDF = "application/pdf";

    public Attachment {
        Checks.text(name, "Attachment", "name");
        Checks.maxLength(name, 200, "Attachment", "name");
        if (name.contains("/") || name.contains("\\")) {
            throw new IllegalArgumentException("Attachment.name must be a file name without folders, was '" + name + "'");
        }
        Checks.text(mediaType, "Attachment", "mediaType");
        if (!mediaType.matches("[A-Za-z0-9!#$&^_.+-]+/[A-Za-z0-9!#$&^_.+-]+")) {
            throw new IllegalArgumentException("Attachment.mediaType must be type/subtype, was '" + mediaType + "'");
        }
        content = Checks.present(content, "Attachment", "content").clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }

    public int size() {
        return content.length;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Attachment a && name.equals(a.name) && mediaType.equals(a.mediaType)
                && Arrays.equals(content, a.content);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * name.hashCode() + mediaType.hashCode()) + Arrays.hashCode(content);
    }

    @Override
    public String toString() {
        return "Attachment[" + name + ", " + mediaType + ", " + content.length + " bytes]";
    }
}
