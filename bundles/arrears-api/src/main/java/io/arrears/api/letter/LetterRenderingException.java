package io.arrears.api.letter;

/** A letter could not be produced; the message names the template, placeholder or field and why. */
public class LetterRenderingException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public LetterRenderingException(String message) {
        super(message);
    }

    public LetterRenderingException(String message, Throwable cause) {
        super(message, cause);
    }
}
