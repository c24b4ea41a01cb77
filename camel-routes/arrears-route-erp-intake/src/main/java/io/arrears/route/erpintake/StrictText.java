package io.arrears.route.erpintake;

import io.arrears.api.intake.IntakeParseException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Decodes a whole text file, refusing bytes that are not valid in the charset (with their line). */
final class StrictText {

    private StrictText() {
    }

    static String decode(byte[] bytes, Charset configured, String sourceName) {
        int start = 0;
        Charset charset = configured;
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
            start = 3; // a UTF-8 byte-order mark is unambiguous, whatever was configured
            charset = StandardCharsets.UTF_8;
        }
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate((int) (bytes.length * (double) decoder.maxCharsPerByte()) + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int offset = in.position();
            throw new IntakeParseException(sourceName, lineAt(bytes, offset), "byte " + offset,
                    String.format("byte 0x%02X is not valid %s text (wrong charset configured?)", bytes[offset] & 0xff, charset.name()));
        }
        decoder.flush(out);
        return out.flip().toString();
    }

    private static int lineAt(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
