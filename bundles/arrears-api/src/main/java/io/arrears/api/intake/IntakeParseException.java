package io.arrears.api.intake;

/**
 * A document could not be read. Carries where (source name, line, column or element) and why, for
 * the error-folder report an operator reads; the message combines them in one line.
 */
public class IntakeParseException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String source;
    private final int line;
    private final String location;
    private final String reason;

    /**
     * @param source   file or message name the document came from (may be null)
     * @param line     1-based line number, or 0 when unknown
     * @param location column name or element path inside the document (may be null)
     * @param reason   human-readable reason: which field, which value, why
     */
    public IntakeParseException(String source, int line, String location, String reason) {
        this(source, line, location, reason, null);
    }

    public IntakeParseException(String source, int line, String location, String reason, Throwable cause) {
        super(format(source, line, location, reason), cause);
        this.source = source;
        this.line = line;
        this.location = location;
        this.reason = reason;
    }

    private static String format(String source, int line, String location, String reason) {
        StringBuilder sb = new StringBuilder();
        sb.append(source == null ? "<unnamed>" : source);
        if (line > 0) {
            sb.append(", line ").append(line);
        }
        if (location != null) {
            sb.append(", ").append(location);
        }
        return sb.append(": ").append(reason).toString();
    }

    public String source() {
        return source;
    }

    /** 1-based line, 0 when unknown. */
    public int line() {
        return line;
    }

    /** Column name or element path, null when not applicable. */
    public String location() {
        return location;
    }

    public String reason() {
        return reason;
    }
}
