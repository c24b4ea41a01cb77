package io.arrears.api.contact;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The head of the contact log at one moment, signed with HMAC-SHA256 under a key only Arrears
 * holds. Kept outside the database (a file, an e-mail to the auditor), it later proves that the log
 * still contains that head unchanged: a log cut back or rewritten after the checkpoint no longer does.
 *
 * @param headSequence sequence of the last entry, 0 for an empty log
 * @param headHash     that entry's hash ({@link ContactEntry#GENESIS_HASH} for an empty log)
 * @param signature    HMAC-SHA256 (lower-case hex) over {@link #signedText()}
 */
public record Checkpoint(long headSequence, String headHash, Instant createdAt, String signature) {

    static final String FORMAT = "arrears-contact-log-checkpoint/v1";

    private static final String RECORD = "Checkpoint";

    public Checkpoint {
        if (headSequence < 0) {
            throw new IllegalArgumentException(RECORD + ".headSequence must not be negative, was " + headSequence);
        }
        Fields.hash(headHash, RECORD, "headHash");
        Fields.present(createdAt, RECORD, "createdAt");
        Fields.hash(signature, RECORD, "signature");
    }

    /** The exact text the signature covers: format, sequence, hash and time, one per line. */
    public static String signedText(long headSequence, String headHash, Instant createdAt) {
        return FORMAT + "\n" + headSequence + "\n" + headHash + "\n" + createdAt + "\n";
    }

    public String signedText() {
        return signedText(headSequence, headHash, createdAt);
    }

    /** The file form: {@code key=value} lines under a format line, readable by {@link #parse(String)}. */
    public String toText() {
        return FORMAT + "\n"
                + "headSequence=" + headSequence + "\n"
                + "headHash=" + headHash + "\n"
                + "createdAt=" + createdAt + "\n"
                + "signature=" + signature + "\n";
    }

    /** Reads {@link #toText()}; any other content is refused with the reason. */
    public static Checkpoint parse(String text) {
        String[] lines = text.strip().split("\\R");
        if (lines.length == 0 || !lines[0].strip().equals(FORMAT)) {
            throw new IllegalArgumentException("not a contact log checkpoint: the first line must be '" + FORMAT + "'");
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i].strip();
            int equals = line.indexOf('=');
            if (equals < 1) {
                throw new IllegalArgumentException("checkpoint line " + (i + 1) + " is not key=value: '" + line + "'");
            }
            if (values.put(line.substring(0, equals), line.substring(equals + 1)) != null) {
                throw new IllegalArgumentException("checkpoint line " + (i + 1) + " repeats '" + line.substring(0, equals) + "'");
            }
        }
        try {
            return new Checkpoint(Long.parseLong(required(values, "headSequence")), required(values, "headHash"),
                    Instant.parse(required(values, "createdAt")), required(values, "signature"));
        } catch (NumberFormatException | DateTimeParseException e) {
            throw new IllegalArgumentException("checkpoint has a malformed value: " + e.getMessage(), e);
        }
    }

    private static String required(Map<String, String> values, String key) {
        String value = values.get(key);
        if (value == null) {
            throw new IllegalArgumentException("checkpoint lacks '" + key + "='");
        }
        return value;
    }
}
