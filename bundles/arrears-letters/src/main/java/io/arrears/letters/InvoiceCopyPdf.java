package io.arrears.letters;

import io.arrears.api.letter.LetterRenderingException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * One A4 page: the title, the invoice data one line each, the notice that this is a copy made from ledger data, one
 * sentence a line. Lines are short (labels and values), so there is no wrapping; right-to-left copies are right-aligned in visual order.
 * The PDF's dates are fixed to the copy's date, so the same data gives the same bytes (a repeated delivery of a
 * placement is the same file).
 */
final class InvoiceCopyPdf {

    private static final float MARGIN = 56;
    private static final float SIZE = 10.5f;
    private static final float LEADING = 16;

    record Content(String languageTag, boolean rightToLeft, String title, List<String> lines, List<String> notice, String author,
                   java.time.LocalDate date) {
    }

    private InvoiceCopyPdf() {
    }

    static byte[] write(Content content) {
        try (PDDocument doc = new PDDocument();
             TrueTypeFont regularTtf = new TTFParser().parse(new RandomAccessReadBuffer(LetterFonts.REGULAR));
             TrueTypeFont boldTtf = new TTFParser().parse(new RandomAccessReadBuffer(LetterFonts.BOLD))) {
            doc.getDocumentInformation().setTitle(content.title());
            doc.getDocumentInformation().setAuthor(content.author());
            Calendar date = GregorianCalendar.from(content.date().atStartOfDay(TimeZone.getTimeZone("UTC").toZoneId()));
            doc.getDocumentInformation().setCreationDate(date);
            doc.getDocumentInformation().setModificationDate(date);
            doc.getDocumentCatalog().setLanguage(content.languageTag());
            CmapLookup glyphs = regularTtf.getUnicodeCmapLookup();
            PDType0Font regular = PDType0Font.load(doc, regularTtf, true);
            PDType0Font bold = PDType0Font.load(doc, boldTtf, true);
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            float y = PDRectangle.A4.getHeight() - MARGIN;
            try (PDPageContentStream stream = new PDPageContentStream(doc, page)) {
                y -= 20;
                draw(stream, content, printable(content.title(), glyphs), bold, 14, y);
                y -= 14;
                for (String line : content.lines()) {
                    y -= LEADING;
                    draw(stream, content, printable(line, glyphs), regular, SIZE, y);
                }
                y -= LEADING;
                for (String line : content.notice()) {
                    y -= 12;
                    draw(stream, content, printable(line, glyphs), regular, 8.5f, y);
                }
            }
            // PDFBox would derive the file identifier from the clock: derive it from the content instead
            COSString id = new COSString(identifier(content));
            COSArray ids = new COSArray();
            ids.add(id);
            ids.add(id);
            doc.getDocument().getTrailer().setItem(COSName.ID, ids);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new LetterRenderingException("cannot write the invoice copy PDF '" + content.title() + "': " + e.getMessage(), e);
        }
    }

    private static byte[] identifier(Content content) {
        try {
            java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
            sha.update(String.join("\n", content.languageTag(), content.title(), String.join("\n", content.lines()),
                    String.join("\n", content.notice()), content.date().toString()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.Arrays.copyOf(sha.digest(), 16);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** A character the font has no glyph for (a Chinese debtor name) becomes '?': it must not fail the placement. */
    static String printable(String text, CmapLookup glyphs) {
        StringBuilder b = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (glyphs.getGlyphId(cp) > 0 || cp == ' ') {
                b.appendCodePoint(cp);
            } else if (Character.getType(cp) != Character.FORMAT) {
                b.append('?');
            }
        });
        return b.toString();
    }

    private static void draw(PDPageContentStream stream, Content content, String logical, PDType0Font font, float size, float y)
            throws IOException {
        String visual = VisualOrder.of(logical, content.rightToLeft());
        float width = font.getStringWidth(visual) / 1000 * size;
        float x = content.rightToLeft() ? PDRectangle.A4.getWidth() - MARGIN - width : MARGIN;
        stream.beginText();
        stream.setFont(font, size);
        stream.newLineAtOffset(x, y);
        stream.showText(visual);
        stream.endText();
    }
}
