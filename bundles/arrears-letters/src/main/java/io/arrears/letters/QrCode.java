package io.arrears.letters;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import io.arrears.api.letter.LetterRenderingException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** QR modules for a text, error correction level M as EPC069-12 requires. */
final class QrCode {

    private QrCode() {
    }

    /**
     * The module matrix without quiet zone (the caller leaves white space around it). The UTF-8 bytes are
     * written in byte mode without an ECI header: the EPC payload declares its character set on line 3,
     * and scanners differ in how they handle an ECI segment.
     */
    static BitMatrix encode(String text) {
        String utf8BytesAsLatin1 = new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
        try {
            return new QRCodeWriter().encode(utf8BytesAsLatin1, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 0));
        } catch (WriterException e) {
            throw new LetterRenderingException("cannot encode a QR code for " + text.length() + " characters: " + e.getMessage(), e);
        }
    }
}
