package io.arrears.letters;

import com.google.zxing.common.BitMatrix;
import io.arrears.api.letter.Creditor;
import io.arrears.api.letter.Debtor;
import io.arrears.api.letter.LetterRenderingException;
import io.arrears.api.letter.LetterRequest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Lays a rendered letter out on A4: creditor header, debtor address, date, subject, body paragraphs and
 * lists, and the EPC QR code with its caption. Right-to-left letters are mirrored: text aligned right, each
 * line reordered to visual order before drawing (PDFBox does no bidi of its own).
 */
final class PdfLetterWriter {

    private static final float MARGIN = 56;
    private static final float BODY_SIZE = 10.5f;
    private static final float LEADING = 14.5f;
    private static final float QR_SIZE = 100;

    /** What to print; {@code qrPayload} only for EUR letters. {@code documentId} names the letter in errors. */
    record Content(String documentId, String languageTag, Creditor creditor, Debtor debtor, boolean rightToLeft,
                   String subject, String body, Optional<String> qrPayload, String qrCaption, String letterDate) {

        /** A dunning notice. */
        static Content notice(LetterRequest request, boolean rightToLeft, String subject, String body,
                Optional<String> qrPayload, String qrCaption, String letterDate) {
            return new Content("notice " + request.noticeId(), request.languageTag(), request.creditor(), request.debtor(),
                    rightToLeft, subject, body, qrPayload, qrCaption, letterDate);
        }
    }

    private PdfLetterWriter() {
    }

    static byte[] write(Content content) {
        try (PDDocument doc = new PDDocument();
             TrueTypeFont regularTtf = new TTFParser().parse(new RandomAccessReadBuffer(LetterFonts.REGULAR));
             TrueTypeFont boldTtf = new TTFParser().parse(new RandomAccessReadBuffer(LetterFonts.BOLD))) {
            doc.getDocumentInformation().setTitle(content.subject());
            doc.getDocumentInformation().setAuthor(content.creditor().name());
            doc.getDocumentCatalog().setLanguage(content.languageTag());
            Face regular = new Face(PDType0Font.load(doc, regularTtf, true), regularTtf.getUnicodeCmapLookup());
            Face bold = new Face(PDType0Font.load(doc, boldTtf, true), boldTtf.getUnicodeCmapLookup());
            try (Layout layout = new Layout(doc, content.rightToLeft())) {
                draw(layout, content, regular, bold);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new LetterRenderingException("cannot write the PDF of " + content.documentId() + ": " + e.getMessage(), e);
        }
    }

    private static void draw(Layout layout, Content content, Face regular, Face bold) throws IOException {
        layout.line(content.creditor().name(), bold, 12);
        layout.line(String.join(" · ", content.creditor().address().lines()), regular, 8.5f);
        layout.skip(28);

        float addressTop = layout.y;
        layout.line(content.debtor().name(), bold, BODY_SIZE);
        if (content.debtor().contactPerson().isPresent()) {
            layout.line(content.debtor().contactPerson().get(), regular, BODY_SIZE);
        }
        for (String line : content.debtor().address().lines()) {
            layout.line(line, regular, BODY_SIZE);
        }
        layout.lineAtEnd(content.letterDate(), regular, BODY_SIZE, addressTop);
        layout.skip(26);

        layout.paragraph(content.subject(), bold, 12, 0, "");
        layout.skip(8);
        for (TextBlocks.Block block : TextBlocks.of(content.body())) {
            for (String line : block.lines()) {
                layout.paragraph(line, regular, BODY_SIZE, block.list() ? 14 : 0, block.list() ? "•" : "");
            }
            layout.skip(LEADING * 0.5f);
        }
        if (content.qrPayload().isPresent()) {
            layout.skip(8);
            layout.qr(QrCode.encode(content.qrPayload().get()), content.qrCaption(), regular);
        }
    }

    private record Face(PDType0Font font, CmapLookup cmap) {

        float width(String text, float size) throws IOException {
            return font.getStringWidth(text) / 1000 * size;
        }

        /** Characters the font has no glyph for become '?', a missing glyph must not fail a whole letter. */
        String printable(String text) {
            StringBuilder b = new StringBuilder(text.length());
            text.codePoints().forEach(cp -> {
                if (cp == '\n' || cp == '\t') {
                    b.append(' ');
                } else if (cmap.getGlyphId(cp) > 0) {
                    b.appendCodePoint(cp);
                } else if (Character.isSpaceChar(cp)) {
                    b.append(' ');
                } else if (Character.getType(cp) != Character.FORMAT) {
                    b.append('?');
                }
            });
            return b.toString();
        }
    }

    /** A cursor over the pages: draws lines at the start side, wraps paragraphs, breaks pages. */
    private static final class Layout implements AutoCloseable {
        private final PDDocument doc;
        private final boolean rtl;
        private final float left = MARGIN;
        private final float right = PDRectangle.A4.getWidth() - MARGIN;
        private PDPageContentStream stream;
        private float y;

        Layout(PDDocument doc, boolean rtl) throws IOException {
            this.doc = doc;
            this.rtl = rtl;
            newPage();
        }

        private void newPage() throws IOException {
            if (stream != null) {
                stream.close();
            }
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            stream = new PDPageContentStream(doc, page);
            y = PDRectangle.A4.getHeight() - MARGIN;
        }

        void skip(float points) {
            y -= points;
        }

        void line(String text, Face face, float size) throws IOException {
            ensure(size * 1.4f);
            y -= size * 1.4f;
            drawAt(text, face, size, 0, y, false);
        }

        /** A line at the end side (right in LTR letters), at the baseline of the first line below {@code top}. */
        void lineAtEnd(String text, Face face, float size, float top) throws IOException {
            drawAt(text, face, size, 0, top - size * 1.4f, true);
        }

        /** Wraps {@code text} to the width; a list item gets a bullet and a hanging indent. */
        void paragraph(String text, Face face, float size, float indent, String bullet) throws IOException {
            List<String> lines = wrap(face.printable(text), face, size, right - left - indent);
            for (int i = 0; i < lines.size(); i++) {
                ensure(LEADING);
                y -= LEADING;
                if (i == 0 && !bullet.isEmpty()) {
                    drawAt(bullet, face, size, indent - 9, y, false);
                }
                drawAt(lines.get(i), face, size, indent, y, false);
            }
        }

        void qr(BitMatrix matrix, String caption, Face face) throws IOException {
            ensure(QR_SIZE + 12);
            float module = QR_SIZE / matrix.getWidth();
            float top = y;
            float x0 = rtl ? right - QR_SIZE : left;
            stream.setNonStrokingColor(0f, 0f, 0f);
            for (int row = 0; row < matrix.getHeight(); row++) {
                for (int col = 0; col < matrix.getWidth(); col++) {
                    if (matrix.get(col, row)) {
                        stream.addRect(x0 + col * module, top - (row + 1) * module, module, module);
                    }
                }
            }
            stream.fill();
            float captionWidth = right - left - QR_SIZE - 16;
            float captionY = top - 6;
            for (String line : wrap(face.printable(caption), face, 9, captionWidth)) {
                captionY -= 12;
                float width = face.width(VisualOrder.of(line, rtl), 9);
                float x = rtl ? right - QR_SIZE - 16 - width : left + QR_SIZE + 16;
                text(VisualOrder.of(line, rtl), face, 9, x, captionY);
            }
            y = top - QR_SIZE;
        }

        private void ensure(float height) throws IOException {
            if (y - height < MARGIN) {
                newPage();
            }
        }

        /** Draws at the start side (or the end side when {@code atEnd}), indented from that side. */
        private void drawAt(String logical, Face face, float size, float indent, float baseline, boolean atEnd) throws IOException {
            String visual = VisualOrder.of(face.printable(logical), rtl);
            float width = face.width(visual, size);
            boolean alignRight = rtl != atEnd;
            float x = alignRight ? right - indent - width : left + indent;
            text(visual, face, size, x, baseline);
        }

        private void text(String visual, Face face, float size, float x, float baseline) throws IOException {
            stream.beginText();
            stream.setFont(face.font(), size);
            stream.newLineAtOffset(x, baseline);
            stream.showText(visual);
            stream.endText();
        }

        /** Greedy word wrap on the logical text; a word longer than the line is cut. */
        private static List<String> wrap(String text, Face face, float size, float maxWidth) throws IOException {
            List<String> lines = new ArrayList<>();
            StringBuilder current = new StringBuilder();
            for (String word : text.split(" ")) {
                String candidate = current.isEmpty() ? word : current + " " + word;
                if (face.width(candidate, size) <= maxWidth) {
                    current.setLength(0);
                    current.append(candidate);
                    continue;
                }
                if (!current.isEmpty()) {
                    lines.add(current.toString());
                    current.setLength(0);
                }
                String rest = word;
                while (face.width(rest, size) > maxWidth) {
                    int cut = rest.length() - 1;
                    while (cut > 1 && face.width(rest.substring(0, cut), size) > maxWidth) {
                        cut--;
                    }
                    lines.add(rest.substring(0, cut));
                    rest = rest.substring(cut);
                }
                current.append(rest);
            }
            if (!current.isEmpty()) {
                lines.add(current.toString());
            }
            return lines;
        }

        @Override
        public void close() throws IOException {
            stream.close();
        }
    }
}
