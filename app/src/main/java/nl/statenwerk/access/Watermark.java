package nl.statenwerk.access;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Calendar;
import java.util.GregorianCalendar;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.apache.pdfbox.util.Matrix;

/**
 * Marks a copy of a geheime PDF with who downloaded it and when: diagonally across every page and in its footer, as
 * visible text, and in the document information and XMP metadata. A leaked copy then names its reader; the stored
 * original is never handed out.
 */
public final class Watermark {

    /** The document information key that holds the mark. */
    public static final String INFO_KEY = "StatenwerkGeheim";

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d-M-yyyy HH:mm");

    private Watermark() {}

    /** The line printed on every page, e.g. {@code GEHEIM - Ria Groen - 29-11-2026 14:05}. */
    public static String line(String reader, ZonedDateTime at) {
        return "GEHEIM - " + reader + " - " + at.format(WHEN);
    }

    /**
     * A marked copy of the PDF.
     *
     * @throws IOException when the content is not a PDF PDFBox can read
     */
    public static byte[] apply(InputStream pdf, String reader, ZonedDateTime at) throws IOException {
        PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        String text = printable(font, line(reader, at));
        try (PDDocument document = Loader.loadPDF(new RandomAccessReadBuffer(pdf))) {
            document.setAllSecurityToBeRemoved(true);
            PDExtendedGraphicsState translucent = new PDExtendedGraphicsState();
            translucent.setNonStrokingAlphaConstant(0.35f);
            for (PDPage page : document.getPages()) {
                PDRectangle box = page.getCropBox();
                float diagonal = (float) Math.hypot(box.getWidth(), box.getHeight());
                float size = Math.max(10, Math.min(40, diagonal * 0.8f / (font.getStringWidth(text) / 1000)));
                float width = font.getStringWidth(text) / 1000 * size;
                double angle = Math.atan2(box.getHeight(), box.getWidth());
                try (PDPageContentStream content =
                        new PDPageContentStream(document, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
                    content.saveGraphicsState();
                    content.setGraphicsStateParameters(translucent);
                    content.setNonStrokingColor(0.75f, 0f, 0f);
                    content.beginText();
                    content.setFont(font, size);
                    float cx = box.getLowerLeftX() + box.getWidth() / 2;
                    float cy = box.getLowerLeftY() + box.getHeight() / 2;
                    Matrix matrix = Matrix.getRotateInstance(angle, (float) (cx - Math.cos(angle) * width / 2), (float)
                            (cy - Math.sin(angle) * width / 2));
                    content.setTextMatrix(matrix);
                    content.showText(text);
                    content.endText();
                    content.restoreGraphicsState();
                    content.beginText();
                    content.setNonStrokingColor(0.75f, 0f, 0f);
                    content.setFont(font, 8);
                    content.newLineAtOffset(box.getLowerLeftX() + 24, box.getLowerLeftY() + 12);
                    content.showText(text);
                    content.endText();
                }
            }
            PDDocumentInformation info = document.getDocumentInformation();
            info.setCustomMetadataValue(INFO_KEY, text);
            Calendar now = GregorianCalendar.from(at);
            info.setModificationDate(now);
            document.getDocumentCatalog().setMetadata(xmp(document, text, at));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    /** The mark in XMP, as the document's metadata: the copy's description, and when it was made. */
    private static PDMetadata xmp(PDDocument document, String text, ZonedDateTime at) throws IOException {
        String escaped = text.replace("&", "&amp;").replace("<", "&lt;");
        String packet = "<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
                + "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
                + "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
                + "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
                + " xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\" xmlns:statenwerk=\"urn:statenwerk:watermerk:\">\n"
                + "<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">" + escaped
                + "</rdf:li></rdf:Alt></dc:description>\n"
                + "<xmp:ModifyDate>" + at.toOffsetDateTime() + "</xmp:ModifyDate>\n"
                + "<statenwerk:geheim>" + escaped + "</statenwerk:geheim>\n"
                + "</rdf:Description>\n</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>";
        PDMetadata metadata = new PDMetadata(document);
        metadata.importXMPMetadata(packet.getBytes(StandardCharsets.UTF_8));
        return metadata;
    }

    /** The text with what the standard font cannot draw replaced by a question mark. */
    private static String printable(PDType1Font font, String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(c -> {
            String s = Character.toString(c);
            try {
                font.encode(s);
                out.append(s);
            } catch (IOException | IllegalArgumentException e) {
                out.append('?');
            }
        });
        return out.toString();
    }
}
