package io.arrears.letters;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The bundled DejaVu Sans faces (Bitstream Vera licence, see DejaVu-LICENSE.txt beside them): one font that
 * covers Latin Extended (Polish, Turkish, German), Hebrew and the €, zł, ₺ and ₪ signs. The bytes are read
 * once and never changed; each PDF parses its own copy.
 */
final class LetterFonts {

    static final byte[] REGULAR = read("DejaVuSans.ttf");
    static final byte[] BOLD = read("DejaVuSans-Bold.ttf");

    private LetterFonts() {
    }

    private static byte[] read(String name) {
        try (InputStream in = LetterFonts.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("bundled font " + name + " is missing from the bundle");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled font " + name, e);
        }
    }
}
