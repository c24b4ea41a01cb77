package io.arrears.letters;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.LuminanceSource;
import com.google.zxing.Result;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import io.arrears.api.letter.RenderedLetter;
import io.arrears.api.letter.Tone;
import io.arrears.api.profile.BehaviourType;
import java.awt.image.BufferedImage;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The EPC QR code drawn into the PDF scans back to the exact payload, non-ASCII payee name included. */
class QrDecodeTest {

    private final TemplateLetterRenderer renderer = new TemplateLetterRenderer(Optional.empty());

    @Test
    void qrInTheRenderedPdfDecodesToTheEpcPayload() throws Exception {
        RenderedLetter letter = renderer.render(LetterFixtures.request("de", "EUR", Tone.FIRM, BehaviourType.UNKNOWN));
        BufferedImage page = LetterRenderingTest.page1(letter.pdf(), 150);

        Result result = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new ImageLuminance(page))),
                Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE, DecodeHintType.CHARACTER_SET, "UTF-8"));

        assertThat(result.getText()).isEqualTo(String.join("\n",
                "BCD", "002", "1", "SCT", "COBADEFFXXX", "Müller & Söhne GmbH", "DE89370400440532013000",
                "EUR1586.90", "", "RF18539007547034"));
        assertThat(result.getResultMetadata().get(com.google.zxing.ResultMetadataType.ERROR_CORRECTION_LEVEL)).isEqualTo("M");
    }

    @Test
    void noQrForOtherCurrenciesThanEuro() {
        assertThat(TemplateLetterRenderer.epcPayload(LetterFixtures.request("pl", "PLN", Tone.FIRM, BehaviourType.UNKNOWN))).isEmpty();
        assertThat(TemplateLetterRenderer.epcPayload(LetterFixtures.request("pl", "EUR", Tone.FIRM, BehaviourType.UNKNOWN))).isPresent();
    }

    /** Grey levels of an RGB image for ZXing (the javase module is not needed for this). */
    private static final class ImageLuminance extends LuminanceSource {
        private final byte[] grey;

        ImageLuminance(BufferedImage image) {
            super(image.getWidth(), image.getHeight());
            grey = new byte[image.getWidth() * image.getHeight()];
            for (int y = 0; y < image.getHeight(); y++) {
                for (int x = 0; x < image.getWidth(); x++) {
                    int rgb = image.getRGB(x, y);
                    int g = (((rgb >> 16) & 0xff) * 299 + ((rgb >> 8) & 0xff) * 587 + (rgb & 0xff) * 114) / 1000;
                    grey[y * image.getWidth() + x] = (byte) g;
                }
            }
        }

        @Override
        public byte[] getRow(int y, byte[] row) {
            byte[] out = row == null || row.length < getWidth() ? new byte[getWidth()] : row;
            System.arraycopy(grey, y * getWidth(), out, 0, getWidth());
            return out;
        }

        @Override
        public byte[] getMatrix() {
            return grey;
        }
    }
}
